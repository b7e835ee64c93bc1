// The call list: filters by date, outcome, reason and message (in the address, so Back keeps them),
// a search over caller numbers and summaries, and pages of calls.
import { boot, api, session, format } from '../app.js';
import { query } from '../api.js';

const PAGE = 50;
/** A search looks through this many pages at most. */
const SEARCH_PAGES = 10;

function readFilters() {
    const params = new URLSearchParams(location.search);
    return {
        from: params.get('from') || '', to: params.get('to') || '', outcome: params.get('outcome') || '',
        intent: params.get('intent') || '', hasMessage: params.get('hasMessage') === 'true'
    };
}

boot({
    callsPage: () => ({
        filters: readFilters(),
        q: new URLSearchParams(location.search).get('q') || '',
        items: [],
        nextCursor: null,
        total: 0,
        loading: true,
        loadingMore: false,
        error: '',
        fieldErrors: {},
        generation: 0,
        async init() {
            await session.ready.catch(() => {});
            await this.load();
        },
        apiQuery(cursor) {
            const f = this.filters;
            return query({ from: f.from, to: f.to, outcome: f.outcome, intent: f.intent, hasMessage: f.hasMessage ? 'true' : '', cursor });
        },
        exportUrl() {
            const f = this.filters;
            return '/api/calls/export' + query({ from: f.from, to: f.to, outcome: f.outcome, intent: f.intent, hasMessage: f.hasMessage ? 'true' : '' });
        },
        async load() {
            const generation = ++this.generation;
            this.loading = true;
            this.error = '';
            this.fieldErrors = {};
            try {
                const page = await api('calls' + this.apiQuery() + (this.apiQuery() ? '&' : '?') + 'limit=' + PAGE);
                if (generation !== this.generation) return;
                this.items = page.items;
                this.nextCursor = page.nextCursor || null;
                this.total = page.total;
                if (this.q.trim()) await this.searchAll(generation);
            } catch (failure) {
                if (generation !== this.generation) return;
                this.items = [];
                this.nextCursor = null;
                if (failure.hasFieldErrors) {
                    this.fieldErrors = failure.fieldErrors;
                } else {
                    this.error = failure.message;
                }
            } finally {
                if (generation === this.generation) this.loading = false;
            }
        },
        async more() {
            if (!this.nextCursor) return;
            this.loadingMore = true;
            try {
                const page = await api('calls' + this.apiQuery(this.nextCursor) + '&limit=' + PAGE);
                this.items = [...this.items, ...page.items];
                this.nextCursor = page.nextCursor || null;
            } catch (failure) {
                this.error = failure.message;
            } finally {
                this.loadingMore = false;
            }
        },
        /** A search should see every call that matches the filters, not only the first page. */
        async searchAll(generation) {
            for (let pages = 0; this.nextCursor && pages < SEARCH_PAGES; pages++) {
                const page = await api('calls' + this.apiQuery(this.nextCursor) + '&limit=100');
                if (generation !== this.generation) return;
                this.items = [...this.items, ...page.items];
                this.nextCursor = page.nextCursor || null;
            }
        },
        apply() {
            this.remember();
            this.load();
        },
        async search() {
            this.remember();
            if (this.q.trim() && this.nextCursor) {
                this.loadingMore = true;
                try {
                    await this.searchAll(this.generation);
                } catch (failure) {
                    this.error = failure.message;
                } finally {
                    this.loadingMore = false;
                }
            }
        },
        remember() {
            const f = this.filters;
            history.replaceState(null, '', location.pathname + query({ q: this.q.trim(), from: f.from, to: f.to, outcome: f.outcome,
                intent: f.intent, hasMessage: f.hasMessage ? 'true' : '' }));
        },
        clear() {
            this.filters = { from: '', to: '', outcome: '', intent: '', hasMessage: false };
            this.q = '';
            this.apply();
        },
        filtered() {
            const f = this.filters;
            return !!(this.q.trim() || f.from || f.to || f.outcome || f.intent || f.hasMessage);
        },
        visible() {
            const words = this.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
            if (words.length === 0) return this.items;
            return this.items.filter(call => {
                const digits = (call.callerNumber || '').replace(/\D/g, '');
                const text = [call.callerNumber, format.phone(call.callerNumber), call.summary, format.intentLabel(call.intent),
                    format.outcomeLabel(call.outcome)].join(' ').toLowerCase();
                return words.every(word => text.includes(word)
                    || (word.replace(/\D/g, '').length >= 3 && digits.includes(word.replace(/\D/g, ''))));
            });
        },
        countText() {
            const shown = this.visible().length;
            if (this.q.trim()) return `${format.number(shown)} matching ${shown === 1 ? 'call' : 'calls'}`;
            return `${format.number(this.total)} ${this.total === 1 ? 'call' : 'calls'}`;
        }
    })
});
