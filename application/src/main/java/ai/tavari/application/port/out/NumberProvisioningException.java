package ai.tavari.application.port.out;

/**
 * The provider did not do what was asked. {@code temporary}: it may work later (unreachable,
 * overloaded, a server error, an answer that never came: the request may or may not have taken
 * effect); otherwise the provider refused it and repeating it as it is will not help.
 */
public class NumberProvisioningException extends RuntimeException {
    private final boolean temporary;

    public NumberProvisioningException(String message, boolean temporary) {
        super(message);
        this.temporary = temporary;
    }

    public NumberProvisioningException(String message, boolean temporary, Throwable cause) {
        super(message, cause);
        this.temporary = temporary;
    }

    public boolean isTemporary() {
        return temporary;
    }
}
