// The five-step setup wizard: each step is saved on "Save and continue" (so the owner can leave and
// come back), the review shows what callers will hear and what is still missing, and going live
// ends with how to forward the line.
import { boot, api, session, param } from '../app.js';
import { agentForms, browserZone, timeZones, LANGUAGES } from '../forms.js';

const STEPS = [
    { n: 1, section: 'business', title: 'Your business', lead: 'Who you are and where callers can reach a person.' },
    { n: 2, section: 'voice', title: 'Greeting & voice', lead: 'How your agent sounds and introduces itself.' },
    { n: 3, section: 'hours', title: 'Hours', lead: "When you're open, your holidays, and what happens when you're closed." },
    { n: 4, section: 'faqs', title: 'FAQs', lead: 'Up to five questions your agent answers for you.' },
    { n: 5, section: 'messages', title: 'Messages', lead: 'What the agent asks callers, where messages go, and transfers.' },
    { n: 6, section: null, title: 'Review', lead: 'Check everything, then go live.' }
];
const LIVE = 7;

const ICON_OK = '<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" aria-label="Done" role="img"><circle cx="12" cy="12" r="10"/><path d="m8 12 3 3 5-6"/></svg>';
const ICON_WARN = '<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" aria-label="Needs attention" role="img"><circle cx="12" cy="12" r="10"/><path d="M12 8v5M12 16h.01"/></svg>';

boot({
    setupPage: () => ({
        ...agentForms(),
        STEPS, ICON_OK, ICON_WARN,
        step: 1,
        status: null,
        agent: null,
        loading: true,
        loadError: '',
        saving: false,
        finalizing: false,
        finalizeError: '',

        async init() {
            try {
                const [account, agent, status] = await Promise.all([session.ready, api('agents'), api('setup/status')]);
                this.agent = agent;
                this.status = status;
                this.fillBusiness(account.business);
                if (!status.steps[0].saved) {
                    // a new business: its time zone is a default until step 1 is saved; the browser knows better
                    this.business.timeZone = browserZone();
                    this.zones = timeZones(this.business.timeZone);
                }
                this.fillAgent(agent);
                const requested = Number(param('step'));
                if (requested >= 1 && requested <= 6) {
                    this.step = requested;
                } else {
                    this.step = status.live ? LIVE : (status.nextStep || 6);
                }
            } catch (failure) {
                this.loadError = failure.message;
            } finally {
                this.loading = false;
            }
        },
        current() {
            return STEPS[Math.min(this.step, 6) - 1];
        },
        isComplete(n) {
            return !!(this.status && n <= 5 && this.status.steps[n - 1].complete);
        },
        stepClass(n) {
            return { current: this.step === n, done: this.isComplete(n) };
        },
        languageLabel() {
            return (LANGUAGES.find(l => l.id === this.voice.language) || { label: this.voice.language }).label;
        },
        missingItems() {
            if (!this.status) return [];
            return this.status.steps.flatMap(s => s.missing.map(m => ({ step: s.step, field: m.field, message: m.message })));
        },
        go(n) {
            this.step = n;
            this.finalizeError = '';
            history.replaceState(null, '', n === LIVE ? location.pathname : '?step=' + n);
            if (n === 6) {
                this.refreshPreview();
            }
            this.$nextTick(() => {
                window.scrollTo({ top: 0 });
                const heading = n === 6 ? '#review-title' : n === LIVE ? '#live-title' : '#step-title';
                document.querySelector(heading)?.focus({ preventScroll: true });
            });
        },
        back() {
            if (this.step > 1) this.go(this.step - 1);
        },
        async refreshPreview() {
            try {
                this.agent = await api('agents');
            } catch (unavailable) {
                // the review still shows what the forms hold
            }
        },
        body(n) {
            switch (n) {
                case 1: return this.businessBody();
                case 2: return this.voiceBody();
                case 3: return this.hoursBody();
                case 4: return { faqs: this.faqsBody() };
                default: return this.messagesBody();
            }
        },
        async next() {
            if (this.step > 5 || this.saving) return;
            const n = this.step;
            const section = STEPS[n - 1].section;
            this.saving = true;
            this.clearErrors(section);
            try {
                this.status = await api('setup/step' + n, { method: 'POST', body: this.body(n) });
                this.$store.session.setup = this.status;
                if (n === 1) {
                    const account = await api('auth/me');
                    this.$store.session.account = account;
                    this.fillBusiness(account.business);
                    this.hours.timeZone = account.business.timeZone;
                }
                this.go(n + 1);
            } catch (failure) {
                this.showErrors(section, failure);
            } finally {
                this.saving = false;
            }
        },
        async finalize() {
            this.finalizing = true;
            this.finalizeError = '';
            try {
                this.status = await api('setup/finalize', { method: 'POST' });
                this.$store.session.setup = this.status;
                this.go(LIVE);
            } catch (failure) {
                if (failure.hasFieldErrors) {
                    this.status = await api('setup/status');
                    this.finalizeError = 'A few things are still missing. Fix them and try again.';
                } else {
                    this.finalizeError = failure.message;
                }
            } finally {
                this.finalizing = false;
            }
        }
    })
});
