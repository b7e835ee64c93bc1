package ai.tavari.adapters.telephony.webhook;

/** A correctly signed body that is not a JSON object. */
class MalformedBodyException extends RuntimeException {
    MalformedBodyException(String message) {
        super(message);
    }
}
