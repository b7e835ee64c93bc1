package ai.tavari.adapters.billing.webhook;

/** A correctly signed body that is not an event the product can read. */
class MalformedEventException extends RuntimeException {
    MalformedEventException(String message) {
        super(message);
    }
}
