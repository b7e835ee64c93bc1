package ai.tavari.adapters.telephony.webhook;

/** The webhook's signature header is missing, unreadable, stale or does not match the body. */
class InvalidSignatureException extends Exception {
    InvalidSignatureException(String reason) {
        super(reason);
    }
}
