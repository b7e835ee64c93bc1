package ai.tavari.adapters.telephony.media;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A Jakarta WebSocket session as a {@link MediaSocket}: asynchronous sends, quiet closes. */
final class SessionSocket implements MediaSocket {
    /** RFC 6455 allows 123 bytes of close reason. */
    static final int MAX_REASON_BYTES = 123;
    private static final Logger LOG = Logger.getLogger(SessionSocket.class.getName());

    private final Session session;

    SessionSocket(Session session) {
        this.session = session;
    }

    @Override
    public void send(String text, Consumer<Throwable> done) {
        session.getAsyncRemote().sendText(text, result -> done.accept(result.isOK() ? null : result.getException()));
    }

    @Override
    public void close(int code, String reason) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), truncate(reason)));
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "closing a media socket failed", e);
        }
    }

    static String truncate(String reason) {
        if (reason == null) {
            return "";
        }
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return reason;
        }
        String cut = reason;
        while (cut.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
