// The public landing page: only the header changes for an owner who is logged in already.
import { boot, api } from '../app.js';

boot({
    landing: () => ({
        loggedIn: false,
        async init() {
            try {
                await api('auth/me', { authRequired: false });
                this.loggedIn = true;
            } catch (notLoggedIn) {
                this.loggedIn = false;
            }
        }
    })
}, { app: false });
