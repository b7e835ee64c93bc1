package ai.tavari.adapters.billing;

/** Stripe refused or could not be reached; the message says what was being done. */
public class BillingUnavailableException extends RuntimeException {
    public BillingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
