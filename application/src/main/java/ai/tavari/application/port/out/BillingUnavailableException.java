package ai.tavari.application.port.out;

/**
 * The payment provider could not do what was asked. {@code temporary} when trying again later may
 * work (the provider was unreachable, overloaded, rate-limited or failed on its side); otherwise it
 * refused the request or lacks what the request needs (a rejected key, a missing price). The
 * message says what was being done, for the server's log; it is not meant for owners.
 */
public class BillingUnavailableException extends RuntimeException {
    private final boolean temporary;

    public BillingUnavailableException(String message, boolean temporary, Throwable cause) {
        super(message, cause);
        this.temporary = temporary;
    }

    public boolean temporary() {
        return temporary;
    }
}
