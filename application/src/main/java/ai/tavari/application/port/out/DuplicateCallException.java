package ai.tavari.application.port.out;

/** A call with the same id, or the same telephony provider call id, is already stored. */
public class DuplicateCallException extends RuntimeException {
    public DuplicateCallException(String message) {
        super(message);
    }

    public DuplicateCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
