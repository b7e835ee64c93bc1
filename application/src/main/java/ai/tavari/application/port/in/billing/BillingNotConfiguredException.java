package ai.tavari.application.port.in.billing;

/** Payments are not set up on this server (no payment provider keys): nothing can be bought. */
public class BillingNotConfiguredException extends RuntimeException {
    public BillingNotConfiguredException() {
        super("billing is not configured on this server");
    }
}
