package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.CallMediaSink;
import ai.tavari.application.port.in.call.ConnectCallMedia;
import ai.tavari.domain.shared.CallId;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One call's media socket: frames in become calls on the call's {@link CallMediaSink}, the
 * conversation's commands go out through {@link VoximplantCallControl}. The call ends exactly once
 * from here, either because the phone side is gone ({@code telephonyEnded}) or because the socket
 * broke the protocol ({@code mediaFailed}, and the socket is closed with the matching code). Every
 * failure stays inside this connection.
 */
final class MediaConnection {
    /** About 12 s of μ-law audio as base64: the conversation paces far below this. */
    static final int MAX_PENDING_CHARS = 128 * 1024;
    private static final Logger LOG = Logger.getLogger(MediaConnection.class.getName());

    private final CallId callId;
    private final MediaSocket socket;
    private final OutboundQueue outbound;
    private final VoximplantCallControl control;
    private final Object lock = new Object();
    private volatile CallMediaSink sink;
    private volatile boolean ended;
    /** How the call ended if it ended while {@code attach} was still running. */
    private Consumer<CallMediaSink> endBeforeAttach;

    MediaConnection(CallId callId, MediaSocket socket) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.socket = Objects.requireNonNull(socket, "socket");
        this.outbound = new OutboundQueue(socket, MAX_PENDING_CHARS,
                reason -> fail(CloseCodes.UNEXPECTED_CONDITION, "cannot send: " + reason));
        this.control = new VoximplantCallControl(outbound::offer);
    }

    /** Joins the call's conversation; the conversation may start sending before this returns. */
    void attach(ConnectCallMedia connectCallMedia) {
        CallMediaSink attached = Objects.requireNonNull(connectCallMedia.attach(callId, control), "sink");
        Consumer<CallMediaSink> pendingEnd;
        synchronized (lock) {
            sink = attached;
            pendingEnd = endBeforeAttach;
            endBeforeAttach = null;
        }
        if (pendingEnd != null) {
            report(attached, pendingEnd);
        }
    }

    void onText(String text) {
        if (ended) {
            return;
        }
        InboundFrame frame;
        try {
            frame = InboundFrames.parse(text);
        } catch (MalformedFrameException e) {
            fail(CloseCodes.CANNOT_ACCEPT, e.getMessage());
            return;
        }
        if (frame instanceof InboundFrame.CallEnded callEnded) {
            end(s -> s.telephonyEnded(callEnded.reason()));
            return;
        }
        CallMediaSink current = sink;
        if (current == null) {
            return;
        }
        try {
            frame.deliverTo(current);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "call " + callId + ": the conversation failed on a media frame", e);
            fail(CloseCodes.UNEXPECTED_CONDITION, "server error");
        }
    }

    void onBinary() {
        fail(CloseCodes.CANNOT_ACCEPT, "text frames only");
    }

    /** The socket is closed (by either side, or by the container's idle timeout or size limit). */
    void onClosed(int code, String reason) {
        outbound.close();
        if (code == CloseCodes.TOO_BIG) {
            LOG.warning(() -> "call " + callId + ": media frame over the size limit, the call ends");
            end(s -> s.mediaFailed("media frame too big"));
        } else {
            String why = "media socket closed (" + code + (reason == null || reason.isBlank() ? "" : " " + reason) + ")";
            end(s -> s.telephonyEnded(why));
        }
    }

    /** Ends the call because of a protocol breach or a dead connection, and closes the socket. */
    void fail(int code, String reason) {
        outbound.close();
        if (!ended) {
            LOG.warning(() -> "call " + callId + ": media socket closed with " + code + ": " + reason);
        }
        end(s -> s.mediaFailed(reason));
        socket.close(code, reason);
    }

    VoximplantCallControl control() {
        return control;
    }

    private void end(Consumer<CallMediaSink> how) {
        CallMediaSink current;
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
            current = sink;
            if (current == null) {
                endBeforeAttach = how;
                return;
            }
        }
        report(current, how);
    }

    private void report(CallMediaSink target, Consumer<CallMediaSink> how) {
        try {
            how.accept(target);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "call " + callId + ": the conversation failed while ending", e);
        }
    }
}
