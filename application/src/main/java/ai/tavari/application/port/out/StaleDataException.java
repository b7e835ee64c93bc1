package ai.tavari.application.port.out;

/**
 * What was stored changed after the caller read it (another transaction, thread or server updated
 * it first), so saving the caller's copy would overwrite that change. Reload and apply the change
 * again, or give up. The transaction that saw this must not commit.
 */
public class StaleDataException extends RuntimeException {
    public StaleDataException(String message) {
        super(message);
    }

    public StaleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
