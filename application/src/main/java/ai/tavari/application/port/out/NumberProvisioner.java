package ai.tavari.application.port.out;

import ai.tavari.domain.shared.PhoneNumber;
import java.util.Optional;

/**
 * The telephony provider's numbers, one step at a time, so that the caller can record each step
 * before the next and resume after a failure. Every method may throw
 * {@link NumberProvisioningException}. Nothing here knows businesses: which number belongs to
 * whom is the caller's record.
 */
public interface NumberProvisioner {
    /** Whether the provider's credentials are configured; when not, no other method may be called. */
    boolean isConfigured();

    /** A number for sale in the area of {@code near} (its country, and its region where possible). Buys nothing. */
    NumberOffer findAvailable(PhoneNumber near);

    /** The offered number, when this account already owns it (bought and not deactivated). */
    Optional<ProvisionedNumber> findOwned(NumberOffer offer);

    /** Buys exactly the offered number. */
    ProvisionedNumber attach(NumberOffer offer);

    /** Routes calls to the number to the agent (the provider's application and rule). Repeating it is harmless. */
    void bind(ProvisionedNumber number);

    /** Gives the number back to the provider. */
    void release(ProvisionedNumber number);

    /** No credentials: numbers are not provisioned. */
    NumberProvisioner NOT_CONFIGURED = new NumberProvisioner() {
        @Override
        public boolean isConfigured() {
            return false;
        }

        @Override
        public NumberOffer findAvailable(PhoneNumber near) {
            throw notConfigured();
        }

        @Override
        public Optional<ProvisionedNumber> findOwned(NumberOffer offer) {
            throw notConfigured();
        }

        @Override
        public ProvisionedNumber attach(NumberOffer offer) {
            throw notConfigured();
        }

        @Override
        public void bind(ProvisionedNumber number) {
            throw notConfigured();
        }

        @Override
        public void release(ProvisionedNumber number) {
            throw notConfigured();
        }

        private NumberProvisioningException notConfigured() {
            return new NumberProvisioningException("phone numbers are not configured", false);
        }
    };
}
