// Start-up of every page: shared HTML partials, the logged-in owner's session (account, unread
// messages, plan, setup progress), the dashboard shell (navigation, notices) and Alpine.
import { Alpine } from './vendor.js';
import { api, ApiError } from './api.js';
import * as format from './format.js';

export { Alpine, api, ApiError, format };

/** Days before the end of a trial from which every page says that it is ending. */
const TRIAL_NOTICE_DAYS = 7;

/**
 * {@code session.ready} resolves with the account once it is known, and rejects with an ApiError
 * when it cannot be read (without a session the page goes to log-in and it never settles).
 */
export const session = {};
session.ready = new Promise((resolve, reject) => {
    session.resolve = resolve;
    session.reject = reject;
});
session.ready.catch(() => {});

/** Replaces each element with data-include="/assets/partials/x.html" by that file's content. */
async function loadIncludes(root) {
    for (let depth = 0; depth < 3; depth++) {
        const slots = [...root.querySelectorAll('[data-include]')];
        if (slots.length === 0) {
            return;
        }
        await Promise.all(slots.map(async slot => {
            const response = await fetch(slot.dataset.include, { credentials: 'same-origin' });
            if (!response.ok) {
                throw new Error('could not load ' + slot.dataset.include);
            }
            const template = document.createElement('template');
            template.innerHTML = await response.text();
            slot.replaceWith(template.content);
        }));
    }
}

function showFatal() {
    document.body.innerHTML = `
        <main class="content" style="max-width:560px;padding-top:80px">
            <div class="alert alert-danger" role="alert">
                <div><strong>This page could not be loaded.</strong>
                Check your internet connection, then <a href="">reload the page</a>.</div>
            </div>
        </main>`;
}

function sessionStore() {
    return {
        account: null,
        unread: 0,
        failedNotifications: 0,
        billing: null,
        usage: null,
        setup: null,
        get business() {
            return this.account ? this.account.business : null;
        },
        get timeZone() {
            return this.account ? this.account.business.timeZone : undefined;
        },
        async load() {
            const account = await api('auth/me');
            this.account = account;
            session.resolve(account);
            const [messages, billing, setup, usage, notifications] = await Promise.allSettled([
                api('messages?unread=true&limit=1'), api('billing/status'), api('setup/status'), api('usage/status'),
                api('notifications?limit=20')]);
            if (messages.status === 'fulfilled') this.unread = messages.value.unreadCount;
            if (billing.status === 'fulfilled') this.billing = billing.value;
            if (setup.status === 'fulfilled') this.setup = setup.value;
            if (usage.status === 'fulfilled') this.usage = usage.value;
            if (notifications.status === 'fulfilled') {
                // the badge counts what failed in the last week; older failures stay listed on the page
                const weekAgo = Date.now() - 7 * 86400000;
                this.failedNotifications = notifications.value.items.filter(item =>
                    item.status === 'FAILED' && new Date(item.createdAt).getTime() >= weekAgo).length;
            }
        }
    };
}

/** What every page should say about the plan: payment failed, trial ending or ended, canceled. */
export function billingNotice(billing, timeZone) {
    if (!billing) {
        return null;
    }
    const status = billing.status;
    const action = { href: '/app/billing/', label: 'Choose a plan' };
    if (status === 'past_due' || status === 'unpaid') {
        return {
            tone: 'danger', title: 'Your last payment failed.',
            text: 'Update your payment method so your agent keeps answering calls.',
            action: { href: '/app/billing/', label: 'Update payment' }
        };
    }
    if (status === 'incomplete' || status === 'incomplete_expired') {
        return {
            tone: 'danger', title: 'Your payment was not completed.',
            text: 'Finish checkout to start your plan.', action
        };
    }
    if (status === 'none') {
        return {
            tone: 'danger', title: 'Your free trial has ended.',
            text: 'Your agent no longer answers calls. Choose a plan to turn it back on.', action
        };
    }
    if (status === 'canceled') {
        return {
            tone: 'danger', title: 'Your subscription is canceled.',
            text: 'Choose a plan to have your agent answer calls again.', action
        };
    }
    if (status === 'trialing' && billing.trialEnd) {
        const days = Math.ceil((new Date(billing.trialEnd).getTime() - Date.now()) / 86400000);
        if (days <= TRIAL_NOTICE_DAYS) {
            const when = days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
            return {
                tone: 'warning', title: `Your free trial ends ${when}.`,
                text: `Choose a plan before ${format.date(billing.trialEnd, timeZone)} to keep your agent answering calls.`,
                action
            };
        }
    }
    if (billing.cancelAtPeriodEnd && billing.currentPeriodEnd) {
        return {
            tone: 'warning', title: `Your plan ends on ${format.periodEnd(billing.currentPeriodEnd, timeZone)}.`,
            text: 'Renew it to keep your agent answering calls after that.',
            action: { href: '/app/billing/', label: 'Manage plan' }
        };
    }
    return null;
}

function shell() {
    return {
        page: document.body.dataset.page || '',
        menuOpen: false,
        loggingOut: false,
        current(name) {
            return this.page === name ? 'page' : null;
        },
        toggleMenu() {
            this.menuOpen = !this.menuOpen;
            if (this.menuOpen) {
                this.$nextTick(() => document.querySelector('#sidebar a')?.focus());
            }
        },
        closeMenu() {
            if (this.menuOpen) {
                this.menuOpen = false;
                document.querySelector('.menu-button')?.focus();
            }
        },
        get notice() {
            return billingNotice(this.$store.session.billing, this.$store.session.timeZone);
        },
        get setupNudge() {
            const setup = this.$store.session.setup;
            return setup && !setup.live && this.page !== 'setup' ? setup : null;
        },
        /** The number to forward the line to, when the setup status tells it (numbers may be assigned by hand). */
        get forwardingNumber() {
            const setup = this.$store.session.setup;
            return setup && setup.forwarding && setup.forwarding.number ? setup.forwarding.number : null;
        },
        /**
         * A forwarding code with the Tavari number in it once there is one: ten digits after a US
         * star code, the full international number ({@code international}) in GSM codes.
         */
        forwardCode(template, international = false) {
            const number = this.forwardingNumber;
            if (!number) return template;
            const digits = !international && number.startsWith('+1') ? number.slice(2) : number;
            return template.replace('NUMBER', digits);
        },
        get forwardingNote() {
            const setup = this.$store.session.setup;
            const state = setup && setup.forwarding ? setup.forwarding.state : null;
            if (setup && setup.forwarding && setup.forwarding.instructions) return setup.forwarding.instructions;
            if (this.forwardingNumber) return 'Calls to this number reach your agent. Forward your line to it as shown below.';
            if (state === 'PROVISIONING') return 'Your number is being set up right now. It appears here within a few minutes.';
            if (state === 'FAILED') return "We couldn't get your number yet and will try again. Forward your line once it appears here.";
            return 'as soon as it is assigned to your business. Forward your line to it as shown below.';
        },
        get ownerInitials() {
            const business = this.$store.session.business;
            return format.initials(business ? business.name : '');
        },
        async logOut() {
            this.loggingOut = true;
            try {
                await api('auth/logout', { method: 'POST', authRequired: false });
            } catch (alreadyGone) {
                // the session may have ended already; the log-in page is the right place either way
            }
            location.assign('/login/?reason=logged-out');
        }
    };
}

/**
 * Starts a page: loads its partials, registers its Alpine components ({@code name: factory}) and
 * starts Alpine. Dashboard pages ({@code app: true}) also load the session and the shell.
 */
export async function boot(components = {}, { app = true } = {}) {
    if (app) {
        Alpine.store('session', sessionStore());
        Alpine.store('session').load().catch(error => session.reject(error));
        Alpine.data('shell', shell);
    }
    try {
        await loadIncludes(document);
    } catch (unavailable) {
        showFatal();
        return;
    }
    for (const [name, factory] of Object.entries(components)) {
        Alpine.data(name, factory);
    }
    Alpine.magic('fmt', () => format);
    Alpine.start();
}

/** The value of a query parameter of this page's address. */
export function param(name) {
    return new URLSearchParams(location.search).get(name);
}
