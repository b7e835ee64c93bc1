// The owner's home: setup progress, this period's calls, unread messages and minutes, recent calls.
import { boot, api, session } from '../app.js';

boot({
    overviewPage: () => ({
        calls: null,
        messages: null,
        messageTotal: null,
        usage: null,
        agent: null,
        setup: null,
        error: '',
        loading: true,
        async init() {
            const results = await Promise.allSettled([session.ready, api('calls?limit=6'), api('messages?unread=true&limit=4'), api('messages?limit=1'),
                api('usage/status'), api('agents'), api('setup/status')]);
            const [account, calls, messages, allMessages, usage, agent, setup] = results.map(r => (r.status === 'fulfilled' ? r.value : null));
            const failed = results.find(r => r.status === 'rejected');
            if (failed) this.error = failed.reason.message;
            this.calls = calls ? calls.items : (failed ? [] : null);
            this.messages = messages;
            this.messageTotal = allMessages ? allMessages.total : null;
            this.usage = usage;
            this.agent = agent;
            this.setup = setup;
            if (messages) this.$store.session.unread = messages.unreadCount;
            if (!account) this.calls = this.calls || [];
            this.loading = false;
        },
        greeting() {
            let hour = new Date().getHours();
            try {
                hour = Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: this.$store.session.timeZone })
                    .format(new Date()));
            } catch (unknownZone) {
                // the browser's own clock then
            }
            return hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
        },
        usageTone() {
            if (!this.usage) return '';
            return this.usage.percentUsed >= 95 ? 'danger' : this.usage.percentUsed >= 80 ? 'warn' : 'ok';
        }
    })
});
