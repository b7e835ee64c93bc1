// Notifications: the channels per kind of notification (e-mail, text) and the latest e-mails and
// texts with how their delivery went, so one that failed or waits is visible to the owner.
import { boot, api, session } from '../app.js';

const KIND_LABELS = {
    NEW_MESSAGE: 'New message',
    URGENT_MESSAGE: 'Urgent message',
    USAGE_ALERT: 'Usage alert',
    PAYMENT_FAILED: 'Payment failed',
    TRIAL_ENDING: 'Trial ending',
    DAILY_DIGEST: 'Daily digest'
};

/** The badge and the line under a notification, in the owner's words. */
function deliveryStatus(item) {
    switch (item.status) {
        case 'SENT':
            return { label: 'Delivered', tone: 'badge-green', detail: '' };
        case 'FAILED':
            return { label: 'Failed', tone: 'badge-red', detail: 'Not delivered: ' + (item.lastError || 'the provider refused it') };
        case 'NOT_CONFIGURED':
            return {
                label: 'Waiting', tone: 'badge-amber',
                detail: (item.channel === 'EMAIL' ? 'E-mail' : 'Text message') + ' sending is not set up on this Tavari server yet; it goes out once it is.'
            };
        default:
            return item.attempts > 0
                ? { label: 'Retrying', tone: 'badge-amber', detail: 'Attempt ' + item.attempts + ' did not get through' + (item.lastError ? ': ' + item.lastError : '') + '. Trying again.' }
                : { label: 'Sending', tone: 'badge-blue', detail: '' };
    }
}

boot({
    notificationsPage: () => ({
        settings: null,
        items: [],
        loading: true,
        error: '',
        saving: false,
        saved: false,
        saveError: '',
        async init() {
            try {
                await session.ready;
                const [settings, list] = await Promise.all([api('notifications/settings'), api('notifications?limit=50')]);
                this.settings = settings;
                this.items = list.items.map(item => ({ ...item, delivery: deliveryStatus(item) }));
            } catch (failure) {
                this.error = failure.message;
            } finally {
                this.loading = false;
            }
        },
        get failedCount() {
            return this.items.filter(item => item.status === 'FAILED').length;
        },
        get unavailableNote() {
            const missing = [];
            if (!this.settings.emailConfigured) missing.push('e-mail');
            if (!this.settings.smsConfigured) missing.push('text message');
            return 'Sending by ' + missing.join(' and ') + ' is not set up on this Tavari server yet. '
                + 'Your choices are kept, and notifications wait until it is.';
        },
        kindLabel(kind) {
            return KIND_LABELS[kind] || kind;
        },
        async save() {
            this.saving = true;
            this.saved = false;
            this.saveError = '';
            try {
                const events = this.settings.events.map(({ event, email, sms }) => ({ event, email, sms }));
                this.settings = await api('notifications/settings', { method: 'PUT', body: { events } });
                this.saved = true;
            } catch (failure) {
                this.saveError = failure.message;
            } finally {
                this.saving = false;
            }
        }
    })
});
