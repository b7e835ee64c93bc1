// Plan and billing: the current plan and its status, buying a plan (Stripe Checkout) and managing
// the subscription (Stripe Billing Portal). The notices about failed payments and trials come from
// the shell on every page.
import { boot, api, session, param, format } from '../app.js';

/** What a plan includes, in the owner's words, from GET /api/billing/plans. */
export function planFeatures(plan) {
    const features = [format.number(plan.includedMinutes) + ' minutes of calls a month',
        plan.maxConcurrentCalls === 1 ? '1 call answered at a time' : plan.maxConcurrentCalls + ' calls answered at once'];
    features.push(plan.overagePricePerMinute
        ? 'Extra minutes at ' + format.money(plan.overagePricePerMinute, plan.currency) + ' each'
        : 'Messages, transfers and transcripts');
    return features;
}

const STATUS = {
    trialing: ['Free trial', 'badge-primary'],
    active: ['Active', 'badge-green'],
    past_due: ['Payment failed', 'badge-red'],
    unpaid: ['Unpaid', 'badge-red'],
    canceled: ['Canceled', 'badge-red'],
    incomplete: ['Payment incomplete', 'badge-amber'],
    incomplete_expired: ['Payment expired', 'badge-red'],
    paused: ['Paused', 'badge-amber'],
    none: ['No active plan', 'badge-red']
};

function billingMessage(failure) {
    if (failure.is('billing-not-configured')) return 'Online payments are not switched on for this Tavari server.';
    if (failure.is('billing-unavailable')) return 'Payments are unavailable for a moment. Please try again in a minute.';
    if (failure.is('billing-provider-error')) return 'Our payment provider could not handle this request. Please try again later.';
    if (failure.is('no-billing-account')) return "You don't have a paid plan yet, so there is nothing to manage. Choose a plan below.";
    if (failure.status === 400) return 'That plan cannot be bought right now.';
    return failure.message;
}

boot({
    billingPage: () => ({
        plans: [],
        plansError: '',
        billing: null,
        error: '',
        actionError: '',
        actionInfo: '',
        busy: '',
        checkout: param('checkout'),
        async init() {
            try {
                await session.ready;
                const [billing, plans] = await Promise.allSettled([api('billing/status'), api('billing/plans')]);
                if (plans.status === 'fulfilled') {
                    // the cheapest plan is the one most businesses start on
                    this.plans = plans.value.items.map((plan, index) => ({ ...plan, featured: index === 0,
                        features: planFeatures(plan) }));
                } else {
                    this.plansError = plans.reason.message;
                }
                if (billing.status === 'rejected') throw billing.reason;
                this.billing = billing.value;
                this.$store.session.billing = this.billing;
            } catch (failure) {
                this.error = failure.message;
            }
        },
        statusLabel() {
            return (STATUS[this.billing.status] || [format.humanize(this.billing.status)])[0];
        },
        statusTone() {
            return (STATUS[this.billing.status] || ['', 'badge-amber'])[1];
        },
        priceText(plan) {
            return Number(plan.monthlyPrice) > 0 ? format.money(plan.monthlyPrice, plan.currency) + ' / month' : 'Free';
        },
        periodLabel() {
            if (this.billing.status === 'trialing' && this.billing.trialEnd) return 'Trial ends';
            if (this.billing.cancelAtPeriodEnd) return 'Plan ends';
            if (this.billing.status === 'active') return 'Renews on';
            return 'Period ends';
        },
        periodDate() {
            const tz = this.$store.session.timeZone;
            if (this.billing.status === 'trialing' && this.billing.trialEnd) return format.date(this.billing.trialEnd, tz);
            return this.billing.cancelAtPeriodEnd ? format.periodEnd(this.billing.currentPeriodEnd, tz) : format.date(this.billing.currentPeriodEnd, tz);
        },
        isCurrent(plan) {
            return !!this.billing && this.billing.plan.code === plan.code && ['active', 'trialing', 'past_due'].includes(this.billing.status);
        },
        async buy(plan) {
            this.busy = plan.code;
            this.actionError = '';
            this.actionInfo = '';
            try {
                const { url } = await api('billing/checkout', { method: 'POST', body: { plan: plan.code } });
                location.assign(url);
            } catch (failure) {
                this.actionError = billingMessage(failure);
                this.busy = '';
            }
        },
        async portal() {
            this.busy = 'portal';
            this.actionError = '';
            this.actionInfo = '';
            try {
                const { url } = await api('billing/portal');
                location.assign(url);
            } catch (failure) {
                if (failure.is('no-billing-account')) {
                    this.actionInfo = billingMessage(failure);
                } else {
                    this.actionError = billingMessage(failure);
                }
                this.busy = '';
            }
        }
    })
});
