package ai.tavari.adapters.telephony.media;

/** The server's end of one media socket, as {@link MediaConnection} needs it. */
interface MediaSocket extends TextSender {
    /** Closes with a WebSocket close code; does nothing if already closed. */
    void close(int code, String reason);
}
