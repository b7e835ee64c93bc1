// Dates, durations, phone numbers and the API's codes as an owner reads them.

const LOCALE = 'en-US';

function zoneOrDefault(timeZone) {
    try {
        new Intl.DateTimeFormat(LOCALE, { timeZone }).format(0);
        return timeZone;
    } catch (unknownZone) {
        return undefined;
    }
}

function dayKey(date, timeZone) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zoneOrDefault(timeZone), year: 'numeric', month: '2-digit', day: '2-digit' })
        .format(date);
}

/** "3:12 PM" */
export function time(iso, timeZone) {
    if (!iso) return '';
    return new Intl.DateTimeFormat(LOCALE, { timeZone: zoneOrDefault(timeZone), hour: 'numeric', minute: '2-digit' })
        .format(new Date(iso));
}

/** "Today", "Yesterday", "Mon, Nov 17" or "Nov 17, 2025" */
export function day(iso, timeZone) {
    if (!iso) return '';
    const date = new Date(iso);
    const now = new Date();
    const key = dayKey(date, timeZone);
    if (key === dayKey(now, timeZone)) return 'Today';
    if (key === dayKey(new Date(now.getTime() - 86400000), timeZone)) return 'Yesterday';
    const sameYear = key.slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
    return new Intl.DateTimeFormat(LOCALE, {
        timeZone: zoneOrDefault(timeZone), weekday: sameYear ? 'short' : undefined, month: 'short', day: 'numeric',
        year: sameYear ? undefined : 'numeric'
    }).format(date);
}

/** "Today, 3:12 PM" */
export function dateTime(iso, timeZone) {
    if (!iso) return '';
    return day(iso, timeZone) + ', ' + time(iso, timeZone);
}

/** "Tuesday, November 17, 2026 at 3:12 PM" */
export function longDateTime(iso, timeZone) {
    if (!iso) return '';
    return new Intl.DateTimeFormat(LOCALE, {
        timeZone: zoneOrDefault(timeZone), dateStyle: 'full', timeStyle: 'short'
    }).format(new Date(iso));
}

/** "Nov 17, 2026" */
export function date(iso, timeZone) {
    if (!iso) return '';
    return new Intl.DateTimeFormat(LOCALE, { timeZone: zoneOrDefault(timeZone), month: 'short', day: 'numeric', year: 'numeric' })
        .format(new Date(iso));
}

/** A calendar day "2026-11-17" as "Nov 17" (no time zone shift). */
export function calendarDay(text, withYear = false) {
    if (!text) return '';
    const [y, m, d] = text.split('-').map(Number);
    return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short', day: 'numeric', year: withYear ? 'numeric' : undefined })
        .format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2026-11" as "November 2026" */
export function month(text) {
    if (!text) return '';
    const [y, m] = text.split('-').map(Number);
    return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The period's last day for an exclusive end instant: "Dec 1 00:00" -> "Nov 30". */
export function periodEnd(iso, timeZone) {
    if (!iso) return '';
    return date(new Date(new Date(iso).getTime() - 1000).toISOString(), timeZone);
}

/** 132 -> "2:12" */
export function duration(seconds) {
    const total = Math.max(0, Math.round(Number(seconds) || 0));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}

/** 132 -> "2 min 12 sec" */
export function durationWords(seconds) {
    const total = Math.max(0, Math.round(Number(seconds) || 0));
    const m = Math.floor(total / 60);
    const s = total % 60;
    if (m === 0) return `${s} sec`;
    return s === 0 ? `${m} min` : `${m} min ${s} sec`;
}

/** "+12125550142" -> "(212) 555-0142"; other numbers stay as they are. */
export function phone(number) {
    if (!number) return '';
    const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(number);
    if (us) return `(${us[1]}) ${us[2]}-${us[3]}`;
    if (/^\+\d{8,15}$/.test(number)) return number.replace(/^(\+\d{1,3})(\d{3})(\d{3})(\d+)$/, '$1 $2 $3 $4');
    return number === 'anonymous' ? 'Unknown caller' : number;
}

/** A tel: link for a number, or null when it is not dialable. */
export function telLink(number) {
    if (!number || number === 'anonymous') return null;
    const digits = String(number).replace(/[^\d+]/g, '');
    return digits.replace(/\D/g, '').length >= 5 ? 'tel:' + digits : null;
}

/** 1234 -> "1,234" */
export function number(value) {
    return new Intl.NumberFormat(LOCALE).format(Number(value) || 0);
}

/** "199.00", "USD" -> "$199" */
export function money(amount, currency = 'USD') {
    const value = Number(amount) || 0;
    try {
        return new Intl.NumberFormat(LOCALE, {
            style: 'currency', currency, minimumFractionDigits: Number.isInteger(value) ? 0 : 2
        }).format(value);
    } catch (unknownCurrency) {
        return `${value} ${currency}`;
    }
}

export const OUTCOMES = {
    COMPLETED: { label: 'Answered', tone: 'green' },
    MESSAGE_TAKEN: { label: 'Message taken', tone: 'blue' },
    TRANSFERRED: { label: 'Transferred', tone: 'violet' },
    CALLER_HUNG_UP: { label: 'Caller hung up', tone: 'gray' },
    LIMIT_REACHED: { label: 'Time limit reached', tone: 'amber' },
    AI_FAILURE_FALLBACK: { label: 'Sent to voicemail', tone: 'amber' },
    REJECTED: { label: 'Not answered', tone: 'red' }
};

export const INTENTS = {
    HOURS: 'Opening hours',
    FAQ: 'Question',
    MESSAGE: 'Left a message',
    TRANSFER: 'Asked for a person',
    BOOKING_REQUEST: 'Booking request',
    SPAM_OR_SALES: 'Spam or sales',
    OTHER: 'Other'
};

export const URGENCIES = {
    URGENT: { label: 'Urgent', tone: 'red' },
    NORMAL: { label: 'Normal', tone: 'gray' },
    LOW: { label: 'Low', tone: 'gray' }
};

export function outcomeLabel(code) {
    return code ? (OUTCOMES[code]?.label ?? humanize(code)) : 'In progress';
}

export function outcomeBadge(code) {
    return 'badge badge-' + (code ? (OUTCOMES[code]?.tone ?? 'gray') : 'blue');
}

export function intentLabel(code) {
    return code ? (INTENTS[code] ?? humanize(code)) : '';
}

/** "CONCURRENT_CALL_LIMIT" -> "Concurrent call limit" */
export function humanize(code) {
    if (!code) return '';
    const text = String(code).toLowerCase().replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Olivia Martinez" -> "OM" */
export function initials(text) {
    const words = String(text || '').trim().split(/\s+/).filter(Boolean);
    return (words.slice(0, 2).map(w => w[0]).join('') || '?').toUpperCase();
}

export const OUTCOME_LIST = Object.entries(OUTCOMES).map(([code, o]) => ({ code, label: o.label }));
export const INTENT_LIST = Object.entries(INTENTS).map(([code, label]) => ({ code, label }));
