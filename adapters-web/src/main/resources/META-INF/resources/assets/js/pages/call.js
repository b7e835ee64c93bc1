// One call: summary, the conversation as chat bubbles, the recording, the message and the facts.
import { boot, api, session, param, format } from '../app.js';

const REJECTIONS = {
    BUSINESS_SUSPENDED: 'The account is suspended',
    NO_SUBSCRIPTION: 'No active plan',
    PLAN_UNKNOWN: 'The plan is not available',
    SUBSCRIPTION_INACTIVE: 'The plan is not active',
    PAYMENT_OVERDUE: 'A payment is overdue',
    SUBSCRIPTION_ENDED: 'The plan has ended',
    SETUP_NOT_FINALIZED: 'Setup was not finished',
    MINUTES_EXHAUSTED: "The month's minutes were used up",
    CONCURRENT_CALL_LIMIT: 'Too many calls at the same time for the plan'
};

boot({
    callPage: () => ({
        call: null,
        agentName: '',
        loading: true,
        error: '',
        async init() {
            const id = param('id');
            if (!id) {
                this.error = 'No call was chosen.';
                this.loading = false;
                return;
            }
            try {
                await session.ready;
                const [call, agent] = await Promise.all([api('calls/' + encodeURIComponent(id)), api('agents').catch(() => null)]);
                this.call = call;
                this.agentName = agent ? agent.agentName : '';
                document.title = 'Call from ' + format.phone(call.callerNumber) + ' · Tavari';
            } catch (failure) {
                this.error = failure.status === 404 ? 'This call does not exist, or it belongs to another business.' : failure.message;
            } finally {
                this.loading = false;
            }
        },
        /** "0:07" from the start of the call */
        offset(at) {
            const start = this.call.answeredAt || this.call.startedAt;
            return format.duration((new Date(at) - new Date(start)) / 1000);
        },
        rejection(code) {
            return REJECTIONS[code] || format.humanize(code);
        },
        backToList(event) {
            // keep the list's filters when the owner came from it
            if (document.referrer && new URL(document.referrer).pathname === '/app/calls/' && history.length > 1) {
                event.preventDefault();
                history.back();
            }
        }
    })
});
