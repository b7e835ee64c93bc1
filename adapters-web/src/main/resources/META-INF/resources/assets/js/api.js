// The owner API from the browser: same origin, the HttpOnly session cookie, JSON in and out, and
// RFC 9457 problem+json turned into messages a business owner can read (never raw JSON).

/** An answer that was not a success, with the field errors of a problem+json body by JSON path. */
export class ApiError extends Error {
    constructor(status, problem = {}) {
        super(friendlyMessage(status, problem));
        this.status = status;
        this.type = typeof problem.type === 'string' ? problem.type : '';
        this.requestId = typeof problem.requestId === 'string' ? problem.requestId : '';
        /** field path ("faqs[2].question") -> message ("Must not be blank") */
        this.fieldErrors = {};
        for (const error of Array.isArray(problem.errors) ? problem.errors : []) {
            if (error && typeof error.field === 'string' && !(error.field in this.fieldErrors)) {
                this.fieldErrors[error.field] = sentence(error.message);
            }
        }
    }

    get hasFieldErrors() {
        return Object.keys(this.fieldErrors).length > 0;
    }

    /** Is this the problem type {@code /problems/<slug>}? */
    is(slug) {
        return this.type === '/problems/' + slug;
    }
}

/** "must not be blank" -> "Must not be blank." */
export function sentence(text) {
    const value = typeof text === 'string' && text.trim() ? text.trim() : 'Is not valid';
    const capital = value.charAt(0).toUpperCase() + value.slice(1);
    return /[.!?]$/.test(capital) ? capital : capital + '.';
}

function friendlyMessage(status, problem) {
    if (status === 0) {
        return "We couldn't reach Tavari. Check your internet connection and try again.";
    }
    if (status === 400 && Array.isArray(problem.errors) && problem.errors.length) {
        return 'Please correct the highlighted fields.';
    }
    if (status === 401 && problem.type !== '/problems/invalid-credentials') {
        return 'Your session has ended. Please log in again.';
    }
    if (status === 404) {
        return "We couldn't find that. It may have been removed.";
    }
    if (status === 429) {
        return 'Too many attempts. Please wait a few minutes and try again.';
    }
    if (status >= 500 && status !== 502 && status !== 503) {
        return 'Something went wrong on our side. Please try again in a moment.';
    }
    if (typeof problem.detail === 'string' && problem.detail.trim()) {
        return sentence(problem.detail);
    }
    if (typeof problem.title === 'string' && problem.title.trim()) {
        return sentence(problem.title);
    }
    return 'Something went wrong. Please try again.';
}

/** Where the log-in page sends the owner back to: only pages of the dashboard itself. */
export function safeNext(next) {
    return typeof next === 'string' && /^\/app\/[^\\]*$/.test(next) && !next.startsWith('//') ? next : null;
}

/** Sends the browser to the log-in page, which brings the owner back here afterwards. */
export function redirectToLogin(reason = 'expired') {
    const here = location.pathname + location.search + location.hash;
    const next = safeNext(here);
    const query = new URLSearchParams();
    if (next) {
        query.set('next', next);
    }
    if (reason) {
        query.set('reason', reason);
    }
    location.assign('/login/?' + query.toString());
}

/**
 * Calls {@code /api/<path>}. Resolves with the parsed JSON (or null for 204), rejects with an
 * {@link ApiError}. A 401 sends the owner to the log-in page (and never settles) unless
 * {@code options.authRequired} is false.
 */
export async function api(path, options = {}) {
    const { method = 'GET', body, authRequired = true } = options;
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
        response = await fetch('/api/' + path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            credentials: 'same-origin',
            cache: 'no-store'
        });
    } catch (networkFailure) {
        throw new ApiError(0);
    }
    if (response.status === 401 && authRequired) {
        redirectToLogin('expired');
        return new Promise(() => {});
    }
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok) {
        let problem = {};
        if (type.includes('json')) {
            try {
                problem = await response.json();
            } catch (unreadable) {
                problem = {};
            }
        }
        throw new ApiError(response.status, problem && typeof problem === 'object' ? problem : {});
    }
    if (response.status === 204 || !type.includes('json')) {
        return null;
    }
    return response.json();
}

/** A query string from the members that have a value. */
export function query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
        if (value !== undefined && value !== null && value !== '' && value !== false) {
            search.set(key, String(value));
        }
    }
    const text = search.toString();
    return text ? '?' + text : '';
}
