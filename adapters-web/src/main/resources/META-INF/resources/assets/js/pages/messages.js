// Messages: unread ones first (all of them), then the read ones page by page; mark read or unread
// (the unread badge follows), urgency marked, click-to-call numbers.
import { boot, api, session } from '../app.js';
import { query } from '../api.js';

const PAGE = 25;

// Both lists show a message with the same markup: copy it into each list's row before Alpine starts.
const article = document.getElementById('message-template');
for (const loop of document.querySelectorAll('template[x-for]')) {
    for (const slot of loop.content.querySelectorAll('[data-include-message]')) {
        slot.removeAttribute('data-include-message');
        slot.appendChild(article.content.cloneNode(true));
    }
}
article.remove();

boot({
    messagesPage: () => ({
        tab: new URLSearchParams(location.search).get('show') === 'unread' ? 'unread' : 'all',
        urgency: '',
        unread: [],
        earlier: [],
        nextCursor: null,
        total: 0,
        loading: true,
        loadingMore: false,
        error: '',
        announcement: '',
        async init() {
            await session.ready.catch(() => {});
            await this.load();
        },
        async load() {
            this.loading = true;
            this.error = '';
            try {
                const [unread, all] = await Promise.all([
                    api('messages' + query({ unread: 'true', urgency: this.urgency, limit: 100 })),
                    api('messages' + query({ urgency: this.urgency, limit: PAGE }))]);
                this.unread = unread.items;
                this.earlier = all.items.filter(m => m.read);
                this.nextCursor = all.nextCursor || null;
                this.total = all.total;
                this.$store.session.unread = all.unreadCount;
            } catch (failure) {
                this.error = failure.message;
            } finally {
                this.loading = false;
            }
        },
        async more() {
            this.loadingMore = true;
            try {
                const page = await api('messages' + query({ urgency: this.urgency, limit: PAGE, cursor: this.nextCursor }));
                const shown = new Set([...this.unread, ...this.earlier].map(m => m.id));
                this.earlier = [...this.earlier, ...page.items.filter(m => m.read && !shown.has(m.id))];
                this.nextCursor = page.nextCursor || null;
            } catch (failure) {
                this.error = failure.message;
            } finally {
                this.loadingMore = false;
            }
        },
        show(tab) {
            this.tab = tab;
            this.regroup();
            history.replaceState(null, '', tab === 'unread' ? '?show=unread' : location.pathname);
        },
        /** Messages marked read or unread on this page move to their group when the owner switches tabs. */
        regroup() {
            const everything = [...this.unread, ...this.earlier].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
            this.unread = everything.filter(m => !m.read);
            this.earlier = everything.filter(m => m.read);
        },
        async toggle(message) {
            const read = !message.read;
            message.busy = true;
            try {
                const updated = await api(`messages/${encodeURIComponent(message.id)}/${read ? 'read' : 'unread'}`, { method: 'PATCH' });
                message.read = updated.read;
                message.readAt = updated.readAt;
                this.$store.session.unread = Math.max(0, this.$store.session.unread + (read ? -1 : 1));
                this.announcement = `Message from ${message.callerName || 'unknown caller'} marked as ${read ? 'read' : 'unread'}.`;
            } catch (failure) {
                this.error = failure.message;
            } finally {
                message.busy = false;
            }
        }
    })
});
