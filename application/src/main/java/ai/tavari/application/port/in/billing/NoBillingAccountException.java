package ai.tavari.application.port.in.billing;

/** The business has never gone through checkout, so there is no billing account to manage yet. */
public class NoBillingAccountException extends RuntimeException {
    public NoBillingAccountException() {
        super("the business has no billing account yet");
    }
}
