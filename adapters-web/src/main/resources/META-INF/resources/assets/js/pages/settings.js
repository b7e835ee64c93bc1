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

/** What the chat shows when the agent used a tool, in the owner's words (a trial only pretends). */
const TOOL_NOTES = {
    take_message: 'Took a message (in a real call it would be saved and sent to you)',
    transfer_call: 'Transferred the call (in a real call your phone would ring)',
    end_call: 'Hung up',
    answer_faq: 'Answered from your FAQs',
    get_business_hours: 'Checked your hours'
};

const TRIAL_EXAMPLES = ['Are you open right now?', 'What are your hours on Saturday?', "I'd like to leave a message",
    'Can I talk to someone?'];

function newTrial() {
    return { conversationId: null, turns: [], text: '', sending: false, error: '', ended: false, toolsSeen: [] };
}

boot({
    settingsPage: () => ({
        ...agentForms(),
        agent: null,
        loading: true,
        loadError: '',
        saving: { business: false, voice: false, hours: false, faqs: false, messages: false },
        saved: { business: false, voice: false, hours: false, faqs: false, messages: false },
        trial: newTrial(),
        trialExamples: TRIAL_EXAMPLES,
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
        },
        /** Says {@code text} (or what is typed) to the agent as a caller; a chat that ended starts over. */
        async sendTrial(text) {
            const said = (text ?? this.trial.text).trim();
            if (!said || this.trial.sending) {
                return;
            }
            if (this.trial.ended) {
                this.trial = newTrial();
            }
            const trial = this.trial;
            trial.error = '';
            trial.sending = true;
            trial.turns.push({ who: 'caller', text: said });
            trial.text = '';
            this.scrollTrial();
            try {
                const reply = await api('agents/try', {
                    method: 'POST', body: { text: said, conversationId: trial.conversationId }
                });
                if (trial.conversationId && reply.conversationId !== trial.conversationId) {
                    trial.turns.push({ who: 'tool', text: 'The earlier test call had timed out, so a new one started' });
                    trial.toolsSeen = [];
                }
                trial.conversationId = reply.conversationId;
                for (const line of reply.agentSaid) {
                    trial.turns.push({ who: 'agent', text: line });
                }
                for (const tool of reply.toolsUsed.filter(name => !trial.toolsSeen.includes(name))) {
                    if (TOOL_NOTES[tool]) trial.turns.push({ who: 'tool', text: TOOL_NOTES[tool] });
                }
                trial.toolsSeen = reply.toolsUsed;
                if (reply.ended) {
                    trial.ended = true;
                    trial.turns.push({ who: 'tool', text: 'The call has ended. Type again to start a new one.' });
                }
            } catch (failure) {
                trial.turns.pop();
                trial.text = said;
                trial.error = failure.fieldErrors && failure.fieldErrors.text ? failure.fieldErrors.text : failure.message;
            } finally {
                trial.sending = false;
                this.scrollTrial();
                this.$nextTick(() => document.getElementById('try-text')?.focus());
            }
        },
        restartTrial() {
            this.trial = newTrial();
            this.$nextTick(() => document.getElementById('try-text')?.focus());
        },
        scrollTrial() {
            this.$nextTick(() => {
                const log = this.$refs.trialLog;
                if (log) log.scrollTop = log.scrollHeight;
            });
        }
    })
});
