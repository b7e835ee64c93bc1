package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.ConnectCallMedia;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /media/voximplant}: the media socket of one call (CONTRACT.md §2). The handshake was
 * already checked by {@link MediaHandshakeFilter}; a session without a claimed call is closed at
 * once. The container's defaults have no size limit and no idle timeout, so both are set here.
 */
@ServerEndpoint(value = VoximplantMediaEndpoint.PATH, subprotocols = VoximplantMediaEndpoint.SUBPROTOCOL)
public class VoximplantMediaEndpoint {
    public static final String PATH = "/media/voximplant";
    /** What VoxEngine's {@code createWebSocket} asks for by default. */
    static final String SUBPROTOCOL = "chat";
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    static final long IDLE_TIMEOUT_MILLIS = 60_000;
    static final long SEND_TIMEOUT_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(VoximplantMediaEndpoint.class.getName());

    @Inject
    ConnectCallMedia connectCallMedia;
    private volatile MediaConnection connection;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(IDLE_TIMEOUT_MILLIS);
        session.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
        session.setMaxBinaryMessageBufferSize(MAX_MESSAGE_BYTES);
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
        SessionSocket socket = new SessionSocket(session);
        Optional<CallId> callId = ClaimedCall.of(session.getUserPrincipal());
        if (callId.isEmpty()) {
            LOG.warning("media socket without a claimed token: closed");
            socket.close(CloseCodes.POLICY_VIOLATION, "no media token was claimed");
            return;
        }
        MediaConnection opened = new MediaConnection(callId.get(), socket);
        connection = opened;
        try {
            opened.attach(connectCallMedia);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "call " + callId.get() + ": the conversation could not be attached", e);
            opened.fail(CloseCodes.UNEXPECTED_CONDITION, "the call could not be connected");
        }
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void text(String frame) {
        if (connection != null) {
            connection.onText(frame);
        }
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void binary(ByteBuffer frame) {
        if (connection != null) {
            connection.onBinary();
        }
    }

    @OnClose
    public void close(CloseReason reason) {
        if (connection != null) {
            connection.onClosed(reason.getCloseCode().getCode(), reason.getReasonPhrase());
        }
    }

    @OnError
    public void error(Throwable failure) {
        LOG.log(Level.FINE, "media socket error", failure);
    }
}
