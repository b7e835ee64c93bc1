// Log-in and sign-up: field errors come from the API's problem+json and show under each field.
import { boot, api, ApiError, param } from '../app.js';
import { safeNext } from '../api.js';

function focusFirstInvalid(component) {
    component.$nextTick(() => {
        const invalid = document.querySelector('main [aria-invalid="true"]');
        (invalid || document.querySelector('main [role="alert"]'))?.focus?.();
    });
}

function form(fields) {
    return {
        ...fields,
        errors: {},
        error: '',
        busy: false,
        showPassword: false,
        /** Shows an API failure: each field's message under its input, the rest above the form. */
        fail(failure, known) {
            const error = failure instanceof ApiError ? failure : new ApiError(0);
            const errors = {};
            const other = [];
            for (const [field, message] of Object.entries(error.fieldErrors)) {
                if (known.includes(field)) {
                    errors[field] = message;
                } else {
                    other.push(message);
                }
            }
            this.errors = errors;
            this.error = other.length ? other.join(' ') : error.message;
            focusFirstInvalid(this);
        }
    };
}

boot({
    logIn: () => ({
        ...form({ email: '', password: '' }),
        notice: '',
        async init() {
            const reason = param('reason');
            if (reason === 'expired') {
                this.notice = 'Your session has ended. Log in again to pick up where you left off.';
            } else if (reason === 'logged-out') {
                this.notice = "You're logged out. See you soon!";
            }
            if (reason !== 'logged-out') {
                try {
                    await api('auth/me', { authRequired: false });
                    location.replace(safeNext(param('next')) || '/app/');
                } catch (notLoggedIn) {
                    // stay here and log in
                }
            }
        },
        async submit() {
            this.busy = true;
            this.errors = {};
            this.error = '';
            try {
                await api('auth/login', {
                    method: 'POST', authRequired: false, body: { email: this.email.trim(), password: this.password }
                });
                location.assign(safeNext(param('next')) || '/app/');
            } catch (failure) {
                this.fail(failure, ['email', 'password']);
                this.busy = false;
            }
        }
    }),
    signUp: () => ({
        ...form({ businessName: '', email: '', password: '' }),
        emailTaken: false,
        async submit() {
            this.busy = true;
            this.errors = {};
            this.error = '';
            this.emailTaken = false;
            try {
                await api('auth/signup', {
                    method: 'POST', authRequired: false,
                    body: { businessName: this.businessName.trim(), email: this.email.trim(), password: this.password }
                });
                location.assign('/app/setup/');
            } catch (failure) {
                this.emailTaken = failure instanceof ApiError && failure.status === 409;
                this.fail(failure, ['businessName', 'email', 'password']);
                if (this.emailTaken && this.errors.email) {
                    this.error = 'An account with this e-mail already exists.';
                }
                this.busy = false;
            }
        }
    })
}, { app: false });
