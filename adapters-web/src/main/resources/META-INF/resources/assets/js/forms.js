// The agent's configuration as forms: business info, greeting and voice, hours, FAQs and message
// settings. Shared by the setup wizard and the agent settings page (same partials, same rules);
// the bodies are those of the setup steps and of PATCH /api/agents.
import { ApiError } from './api.js';
import * as format from './format.js';

export const DAYS = [
    { key: 'monday', label: 'Monday', short: 'Mon' },
    { key: 'tuesday', label: 'Tuesday', short: 'Tue' },
    { key: 'wednesday', label: 'Wednesday', short: 'Wed' },
    { key: 'thursday', label: 'Thursday', short: 'Thu' },
    { key: 'friday', label: 'Friday', short: 'Fri' },
    { key: 'saturday', label: 'Saturday', short: 'Sat' },
    { key: 'sunday', label: 'Sunday', short: 'Sun' }
];

/** The agent's voices, in the order the API lists them, with how each one sounds. */
export const VOICES = [
    { id: 'marin', label: 'Marin', hint: 'Natural and friendly' },
    { id: 'cedar', label: 'Cedar', hint: 'Warm and grounded' },
    { id: 'coral', label: 'Coral', hint: 'Bright and upbeat' },
    { id: 'sage', label: 'Sage', hint: 'Calm and gentle' },
    { id: 'alloy', label: 'Alloy', hint: 'Neutral and clear' },
    { id: 'ash', label: 'Ash', hint: 'Confident and direct' },
    { id: 'ballad', label: 'Ballad', hint: 'Soft and expressive' },
    { id: 'echo', label: 'Echo', hint: 'Steady and measured' },
    { id: 'shimmer', label: 'Shimmer', hint: 'Light and energetic' },
    { id: 'verse', label: 'Verse', hint: 'Lively and versatile' }
];

export const LANGUAGES = [
    { id: 'en-US', label: 'English (United States)' },
    { id: 'en-GB', label: 'English (United Kingdom)' },
    { id: 'en-CA', label: 'English (Canada)' },
    { id: 'en-AU', label: 'English (Australia)' },
    { id: 'es-US', label: 'Spanish (United States)' },
    { id: 'es-ES', label: 'Spanish (Spain)' },
    { id: 'es-MX', label: 'Spanish (Mexico)' },
    { id: 'fr-FR', label: 'French (France)' },
    { id: 'fr-CA', label: 'French (Canada)' },
    { id: 'de-DE', label: 'German' },
    { id: 'it-IT', label: 'Italian' },
    { id: 'pt-BR', label: 'Portuguese (Brazil)' },
    { id: 'nl-NL', label: 'Dutch' }
];

export const MESSAGE_FIELDS = [
    { id: 'CALLER_NAME', label: 'Caller name' },
    { id: 'CALLBACK_NUMBER', label: 'Callback number' },
    { id: 'REASON', label: 'Reason for calling' },
    { id: 'URGENCY', label: 'How urgent it is' },
    { id: 'EMAIL', label: 'E-mail address' }
];

export const AFTER_HOURS = [
    { id: 'TAKE_MESSAGE', label: 'Take a message', hint: 'Callers hear your hours and can leave a message for you.' },
    { id: 'TRANSFER', label: 'Put the call through to you', hint: 'Uses your transfer number from the last step.' },
    { id: 'HOURS_ONLY', label: 'Only tell them your hours', hint: 'The agent says when you open again and says goodbye.' }
];

export const TRANSFER_WHEN = [
    { id: 'NEVER', label: 'Never', hint: 'The agent takes a message instead.' },
    { id: 'DURING_OPEN_HOURS', label: 'While you are open', hint: 'Only during your opening hours.' },
    { id: 'ALWAYS', label: 'Any time', hint: 'Whenever a caller asks for a person.' }
];

export const INDUSTRIES = ['Hair salon', 'Beauty spa', 'Dental clinic', 'Medical practice', 'Veterinary clinic',
    'Plumbing', 'Electrician', 'HVAC', 'Auto repair', 'Law firm', 'Accounting', 'Real estate', 'Restaurant',
    'Fitness studio', 'Cleaning service', 'Other'];

export const FAQ_IDEAS = ['Do you take walk-ins?', 'Where can I park?', 'How much does it cost?',
    'Which payment methods do you accept?', 'What is your cancellation policy?', 'Do you sell gift cards?'];

export const MAX_FAQS = 5;
const MAX_SLOTS = 4;

let lastId = 0;
const nextId = () => ++lastId;

export function browserZone() {
    try {
        return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/New_York';
    } catch (unsupported) {
        return 'America/New_York';
    }
}

export function timeZones(current) {
    let zones;
    try {
        zones = Intl.supportedValuesOf('timeZone');
    } catch (unsupported) {
        zones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix',
            'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'Europe/London',
            'Europe/Dublin', 'Europe/Paris', 'Europe/Berlin', 'Australia/Sydney', 'UTC'];
    }
    return current && !zones.includes(current) ? [current, ...zones] : zones;
}

/** "09:00" -> "9 AM", "17:30" -> "5:30 PM" */
export function clock(text) {
    if (!/^\d{2}:\d{2}$/.test(text || '')) return text || '';
    const [h, m] = text.split(':').map(Number);
    const hour = h % 12 === 0 ? 12 : h % 12;
    return (m === 0 ? String(hour) : `${hour}:${String(m).padStart(2, '0')}`) + (h < 12 ? ' AM' : ' PM');
}

const SECTION_LABELS = {
    business: { name: 'Business name', phone: 'Business phone', timeZone: 'Time zone', industry: 'Industry',
        address: 'Address', country: 'Country' },
    voice: { agentName: 'Agent name', greeting: 'Greeting', voice: 'Voice', language: 'Language',
        instructions: 'Extra instructions' },
    hours: { afterHours: 'When you are closed', timeZone: 'Time zone', weekly: 'Opening hours', holidays: 'Holidays' },
    faqs: { faqs: 'FAQs' },
    messages: { fieldsToCollect: 'What to ask callers', notificationEmail: 'Notification e-mail',
        smsNumber: 'Mobile number for texts', transferNumber: 'Transfer number', transferWhen: 'When to transfer',
        urgentKeywords: 'Urgent words', country: 'Country' }
};

/** A readable name for a field path of the API ("weekly.monday[0].closes" -> "Monday, hours 1, closing time"). */
export function fieldLabel(section, path) {
    let match = /^weekly\.(\w+)(?:\[(\d+)\])?(?:\.(opens|closes))?$/.exec(path);
    if (match) {
        const day = DAYS.find(d => d.key === match[1]);
        const parts = [day ? day.label : match[1]];
        if (match[2] !== undefined) parts.push('hours ' + (Number(match[2]) + 1));
        if (match[3]) parts.push(match[3] === 'opens' ? 'opening time' : 'closing time');
        return parts.join(', ');
    }
    match = /^holidays\[(\d+)\](?:\.(date|label))?$/.exec(path);
    if (match) return `Holiday ${Number(match[1]) + 1}` + (match[2] === 'label' ? ', name' : match[2] ? ', date' : '');
    match = /^faqs\[(\d+)\](?:\.(question|answer))?$/.exec(path);
    if (match) return `FAQ ${Number(match[1]) + 1}` + (match[2] ? ', ' + match[2] : '');
    match = /^urgentKeywords\[(\d+)\]$/.exec(path);
    if (match) return `Urgent word ${Number(match[1]) + 1}`;
    match = /^fieldsToCollect\[(\d+)\]$/.exec(path);
    if (match) return 'What to ask callers';
    return (SECTION_LABELS[section] || {})[path] || format.humanize(path.replace(/[.[\]]+/g, ' ').trim());
}

function emptyDays() {
    return DAYS.map(day => ({ ...day, open: false, slots: [] }));
}

function slot(opens, closes) {
    return { id: nextId(), opens, closes };
}

const blank = value => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** State and helpers of the five forms; spread into a page's Alpine component. */
export function agentForms() {
    return {
        DAYS, VOICES, LANGUAGES, MESSAGE_FIELDS, AFTER_HOURS, TRANSFER_WHEN, INDUSTRIES, FAQ_IDEAS, MAX_FAQS,
        zones: timeZones(browserZone()),
        business: { name: '', phone: '', timeZone: browserZone(), industry: '', address: '' },
        voice: { agentName: '', greeting: '', voice: 'marin', language: 'en-US', instructions: '' },
        hours: { timeZone: '', days: emptyDays(), holidays: [], afterHours: 'TAKE_MESSAGE' },
        faqs: [],
        messages: {
            fieldsToCollect: ['CALLER_NAME', 'CALLBACK_NUMBER', 'REASON'], notificationEmail: '', smsNumber: '',
            transferNumber: '', transferWhen: 'NEVER', urgentKeywords: ''
        },
        errors: { business: {}, voice: {}, hours: {}, faqs: {}, messages: {} },
        sectionError: { business: '', voice: '', hours: '', faqs: '', messages: '' },

        // ---- filling from the API ----
        fillBusiness(business, keepZone = false) {
            this.business = {
                name: business.name || '',
                phone: business.phone ? format.phone(business.phone) : '',
                timeZone: keepZone ? this.business.timeZone : business.timeZone || browserZone(),
                industry: business.industry || '',
                address: business.address || ''
            };
            this.zones = timeZones(this.business.timeZone);
        },
        fillAgent(agent) {
            this.voice = {
                agentName: agent.agentName || '', greeting: agent.greeting || '', voice: agent.voice || 'marin',
                language: agent.language || 'en-US', instructions: agent.instructions || ''
            };
            if (!LANGUAGES.some(l => l.id === this.voice.language)) {
                this.LANGUAGES = [{ id: this.voice.language, label: this.voice.language }, ...LANGUAGES];
            }
            const weekly = (agent.hours && agent.hours.weekly) || {};
            this.hours = {
                timeZone: (agent.hours && agent.hours.timeZone) || '',
                days: DAYS.map(day => {
                    const slots = (weekly[day.key] || []).map(s => slot(s.opens, s.closes));
                    return { ...day, open: slots.length > 0, slots };
                }),
                holidays: ((agent.hours && agent.hours.holidays) || []).map(h => ({ id: nextId(), date: h.date, label: h.label || '' })),
                afterHours: (agent.hours && agent.hours.afterHours) || 'TAKE_MESSAGE'
            };
            this.faqs = (agent.faqs || []).map(f => ({ id: nextId(), question: f.question, answer: f.answer }));
            const settings = agent.messageSettings || {};
            this.messages = {
                fieldsToCollect: [...(settings.fieldsToCollect || [])],
                notificationEmail: settings.notificationEmail || '',
                smsNumber: settings.smsNumber ? format.phone(settings.smsNumber) : '',
                transferNumber: settings.transferNumber ? format.phone(settings.transferNumber) : '',
                transferWhen: settings.transferWhen || 'NEVER',
                urgentKeywords: (settings.urgentKeywords || []).join(', ')
            };
        },

        // ---- bodies for the API ----
        businessBody() {
            const b = this.business;
            return { name: b.name.trim(), phone: b.phone.trim(), timeZone: b.timeZone, industry: blank(b.industry), address: blank(b.address) };
        },
        voiceBody() {
            const v = this.voice;
            return { agentName: v.agentName.trim(), greeting: v.greeting.trim(), voice: v.voice, language: v.language,
                instructions: v.instructions.trim() };
        },
        hoursBody() {
            const weekly = {};
            for (const day of this.hours.days) {
                weekly[day.key] = day.open ? day.slots.map(s => ({ opens: s.opens, closes: s.closes })) : [];
            }
            return {
                weekly,
                holidays: this.hours.holidays.map(h => ({ date: h.date, label: blank(h.label) })),
                afterHours: this.hours.afterHours
            };
        },
        faqsBody() {
            return this.faqs.map(f => ({ question: f.question.trim(), answer: f.answer.trim() }));
        },
        messagesBody() {
            const m = this.messages;
            return {
                fieldsToCollect: [...m.fieldsToCollect],
                notificationEmail: blank(m.notificationEmail),
                smsNumber: blank(m.smsNumber),
                transferNumber: blank(m.transferNumber),
                transferWhen: m.transferWhen,
                urgentKeywords: m.urgentKeywords.split(',').map(k => k.trim()).filter(Boolean)
            };
        },

        // ---- errors ----
        err(section, path) {
            const errors = this.errors[section] || {};
            if (path === 'urgentKeywords') {
                const key = Object.keys(errors).find(k => k.startsWith('urgentKeywords'));
                return key ? errors[key] : '';
            }
            if (path === 'fieldsToCollect') {
                const key = Object.keys(errors).find(k => k.startsWith('fieldsToCollect'));
                return key ? errors[key] : '';
            }
            return errors[path] || '';
        },
        invalid(section, path) {
            return this.err(section, path) ? 'true' : 'false';
        },
        errorList(section) {
            return Object.entries(this.errors[section] || {}).map(([path, message]) => ({
                path, label: fieldLabel(section, path), message
            }));
        },
        clearErrors(section) {
            this.errors[section] = {};
            this.sectionError[section] = '';
        },
        /** Shows a failed save: field errors by path (without {@code prefix}), the rest as one sentence. */
        showErrors(section, failure, prefix = '') {
            const error = failure instanceof ApiError ? failure : new ApiError(0);
            const errors = {};
            for (const [path, message] of Object.entries(error.fieldErrors)) {
                errors[prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path] = message;
            }
            this.errors[section] = errors;
            this.sectionError[section] = error.hasFieldErrors ? 'Please fix the highlighted fields.' : error.message;
            this.$nextTick(() => {
                const target = document.querySelector(`[data-section="${section}"] [aria-invalid="true"]`)
                    || document.querySelector(`[data-section="${section}"] [data-errors]`);
                target?.focus();
            });
        },

        // ---- business ----
        suggestGreeting() {
            const name = this.business.name.trim() || (this.$store.session.business ? this.$store.session.business.name : 'us');
            const agent = this.voice.agentName.trim() || 'Ava';
            this.voice.greeting = `Thanks for calling ${name}, this is ${agent}. How can I help you today?`;
        },

        // ---- hours ----
        toggleDay(day) {
            if (day.open && day.slots.length === 0) {
                day.slots.push(slot('09:00', '17:00'));
            }
        },
        addSlot(day) {
            if (day.slots.length >= MAX_SLOTS) return;
            const last = day.slots[day.slots.length - 1];
            day.slots.push(last ? slot(last.closes, last.closes < '22:00' ? '22:00' : '23:59') : slot('09:00', '17:00'));
            day.open = true;
        },
        removeSlot(day, index) {
            day.slots.splice(index, 1);
            if (day.slots.length === 0) day.open = false;
        },
        canAddSlot(day) {
            return day.slots.length < MAX_SLOTS;
        },
        isOvernight(s) {
            return /^\d{2}:\d{2}$/.test(s.opens || '') && /^\d{2}:\d{2}$/.test(s.closes || '') && s.closes <= s.opens;
        },
        copyToWeekdays(from) {
            for (const day of this.hours.days) {
                if (day.key !== from.key && !['saturday', 'sunday'].includes(day.key)) {
                    day.open = from.open;
                    day.slots = from.slots.map(s => slot(s.opens, s.closes));
                }
            }
        },
        addHoliday() {
            this.hours.holidays.push({ id: nextId(), date: '', label: '' });
            this.$nextTick(() => {
                const inputs = document.querySelectorAll('[data-holiday-date]');
                inputs[inputs.length - 1]?.focus();
            });
        },
        removeHoliday(index) {
            this.hours.holidays.splice(index, 1);
        },
        /** The week as lines "Monday – Friday": "9 AM – 5 PM", consecutive equal days joined. */
        weekLines() {
            const lines = [];
            for (const day of this.hours.days) {
                const text = day.open && day.slots.length
                    ? day.slots.map(s => `${clock(s.opens)} – ${clock(s.closes)}${this.isOvernight(s) ? ' (next day)' : ''}`).join(', ')
                    : 'Closed';
                const last = lines[lines.length - 1];
                if (last && last.text === text) {
                    last.to = day.label;
                } else {
                    lines.push({ from: day.label, to: null, text });
                }
            }
            return lines.map(l => ({ days: l.to ? `${l.from} – ${l.to}` : l.from, text: l.text }));
        },
        afterHoursLabel() {
            return (AFTER_HOURS.find(a => a.id === this.hours.afterHours) || {}).label || '';
        },

        // ---- FAQs ----
        addFaq(question = '') {
            if (this.faqs.length >= MAX_FAQS) return;
            this.faqs.push({ id: nextId(), question, answer: '' });
            this.$nextTick(() => {
                const selector = question ? '[data-faq-answer]' : '[data-faq-question]';
                const inputs = document.querySelectorAll(selector);
                inputs[inputs.length - 1]?.focus();
            });
        },
        removeFaq(index) {
            this.faqs.splice(index, 1);
            const errors = {};
            this.errors.faqs = errors;
        },
        unusedIdeas() {
            const asked = this.faqs.map(f => f.question.trim().toLowerCase());
            return FAQ_IDEAS.filter(idea => !asked.includes(idea.toLowerCase()));
        },

        // ---- messages ----
        voiceLabel() {
            return (VOICES.find(v => v.id === this.voice.voice) || {}).label || this.voice.voice;
        },
        collectedLabels() {
            return MESSAGE_FIELDS.filter(f => this.messages.fieldsToCollect.includes(f.id)).map(f => f.label.toLowerCase());
        },
        transferLabel() {
            return (TRANSFER_WHEN.find(t => t.id === this.messages.transferWhen) || {}).label || '';
        }
    };
}
