package ai.tavari.adapters.telephony.media;

/** A media-socket frame that breaks the protocol; the message is the close reason (kept short). */
class MalformedFrameException extends Exception {
    MalformedFrameException(String message) {
        super(message);
    }
}
