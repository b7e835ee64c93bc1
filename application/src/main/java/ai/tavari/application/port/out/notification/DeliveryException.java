package ai.tavari.application.port.out.notification;

/**
 * A channel did not take a notification. {@code permanent}: trying again cannot help (a refused
 * address, a rejected credential), so it is not retried.
 */
public class DeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
