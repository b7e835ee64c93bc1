// Agent settings: the wizard's five forms, each saved on its own (business info through setup
// step 1, the rest through PATCH /api/agents with the wizard's rules).
import { boot, api, session } from '../app.js';
import { agentForms } from '../forms.js';

/** How each section is saved, and the prefix of its field errors in the answer. */
const SAVES = {
    business: self => ({ path: 'setup/step1', method: 'POST', body: self.businessBody(), prefix: '' }),
    voice: self => ({ path: 'agents', method: 'PATCH', body: self.voiceBody(), prefix: '' }),
    hours: self => ({ path: 'agents', method: 'PATCH', body: { hours: self.hoursBody() }, prefix: 'hours.' }),
    faqs: self => ({ path: 'agents', method: 'PATCH', body: { faqs: self.faqsBody() }, prefix: '' }),
    messages: self => ({ path: 'agents', method: 'PATCH', body: { messageSettings: self.messagesBody() }, prefix: 'messageSettings.' })
};

boot({
    settingsPage: () => ({
        ...agentForms(),
        agent: null,
        loading: true,
        loadError: '',
        saving: { business: false, voice: false, hours: false, faqs: false, messages: false },
        saved: { business: false, voice: false, hours: false, faqs: false, messages: false },
        async init() {
            try {
                const [account, agent] = await Promise.all([session.ready, api('agents')]);
                this.agent = agent;
                this.fillBusiness(account.business);
                this.fillAgent(agent);
            } catch (failure) {
                this.loadError = failure.message;
            } finally {
                this.loading = false;
            }
            if (location.hash) {
                this.$nextTick(() => document.querySelector(location.hash)?.scrollIntoView());
            }
        },
        async save(section) {
            const request = SAVES[section](this);
            this.saving[section] = true;
            this.saved[section] = false;
            this.clearErrors(section);
            try {
                const answer = await api(request.path, { method: request.method, body: request.body });
                if (section === 'business') {
                    const account = await api('auth/me');
                    this.$store.session.account = account;
                    this.fillBusiness(account.business);
                    this.hours.timeZone = account.business.timeZone;
                } else {
                    // show the saved section as the server keeps it (numbers in full, for example),
                    // and leave unsaved edits of the other sections alone
                    this.agent = answer;
                    const others = { voice: this.voice, hours: this.hours, faqs: this.faqs, messages: this.messages };
                    this.fillAgent(answer);
                    for (const [name, state] of Object.entries(others)) {
                        if (name !== section) this[name] = state;
                    }
                }
                this.saved[section] = true;
            } catch (failure) {
                this.showErrors(section, failure, request.prefix);
            } finally {
                this.saving[section] = false;
            }
        }
    })
});
