package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.ConnectCallMedia;
import ai.tavari.domain.shared.CallId;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.WebConnection;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /media/voximplant}: the media socket of one call (CONTRACT.md §2), an upgraded HTTP
 * connection ({@link MediaSocketServlet} answers the handshake) speaking RFC 6455 through
 * {@link WebSocketFrames} with the Servlet container's non-blocking I/O. Text frames only, at most
 * 64 KiB a message, closed after 60 s without a frame ({@link IdleSockets}).
 *
 * <p>Not a Jakarta WebSocket endpoint on purpose. Tyrus, the container's WebSocket runtime,
 * restarts its idle timer on every message in and out by scheduling a task on the server's managed
 * executor, and Payara captures the application's context for each such task with a
 * {@code ServiceLoader} scan of the class path: at 50 frames a second per call that was 39 % of the
 * server's CPU and, with the cancelled timer tasks kept queued until their 60 s were up, about
 * 450 KB of heap per call (BENCHMARKS.md). Here a frame costs a read, an unmask and a decode.
 */
public class VoximplantMediaEndpoint implements HttpUpgradeHandler, MediaSocket, IdleSockets.Watched {
    public static final String PATH = "/media/voximplant";
    /** What VoxEngine's {@code createWebSocket} asks for by default. */
    static final String SUBPROTOCOL = "chat";
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    static final long IDLE_TIMEOUT_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(VoximplantMediaEndpoint.class.getName());
    private static final int ABNORMAL_CLOSURE = 1006;

    /** Read into, then copied into the socket's own frame buffer: one per server thread, not per call. */
    private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(() -> new byte[8 * 1024]);
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private CallId callId;
    private ConnectCallMedia connectCallMedia;
    private WebConnection web;
    private ServletInputStream in;
    private ServletOutputStream out;
    private WebSocketFrames frames;
    private MediaConnection connection;
    private volatile long lastActivity = System.nanoTime();
    // guarded by this
    private boolean closing;
    private boolean gone;
    private boolean reported;
    private int closeCode = ABNORMAL_CLOSURE;
    private String closeReason = "";

    /** Instantiated by the container at the upgrade. */
    public VoximplantMediaEndpoint() {
    }

    /** The claimed call and the use case, before the container calls {@link #init}. */
    void prepare(CallId call, ConnectCallMedia connect) {
        this.callId = Objects.requireNonNull(call, "call");
        this.connectCallMedia = Objects.requireNonNull(connect, "connect");
    }

    @Override
    public void init(WebConnection connection) {
        try {
            web = connection;
            in = connection.getInputStream();
            out = connection.getOutputStream();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "media socket could not be opened", e);
            closeConnection();
            return;
        }
        frames = new WebSocketFrames(MAX_MESSAGE_BYTES, new Frames());
        MediaConnection opened = new MediaConnection(callId, this);
        this.connection = opened;
        out.setWriteListener(new Writer());
        IdleSockets.SHARED.watch(this);
        try {
            opened.attach(connectCallMedia);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "call " + callId + ": the conversation could not be attached", e);
            opened.fail(CloseCodes.UNEXPECTED_CONDITION, "the call could not be connected");
        }
        in.setReadListener(new Reader());
    }

    @Override
    public void destroy() {
        closeConnection();
    }

    // ---- MediaSocket ----

    @Override
    public void send(String text, Consumer<Throwable> done) {
        enqueue(WebSocketFrames.text(text), done);
    }

    @Override
    public void close(int code, String reason) {
        closeWith(code, reason, code, reason);
    }

    /** Sends a close frame ({@code sent}); the connection reports {@code reported} when it is gone. */
    private void closeWith(int sent, String sentReason, int reported, String reportedReason) {
        synchronized (this) {
            if (closing || gone) {
                return;
            }
            closing = true;
            closeCode = reported;
            closeReason = reportedReason == null ? "" : reportedReason;
            pending.add(new Pending(WebSocketFrames.close(sent, sentReason), null));
        }
        drain();
    }

    // ---- idle timeout ----

    @Override
    public long lastActivity() {
        return lastActivity;
    }

    @Override
    public void idleTimeout() {
        LOG.info(() -> "call " + callId + ": media socket idle for " + IDLE_TIMEOUT_MILLIS / 1000 + " s, closed");
        close(CloseCodes.GOING_AWAY, "idle timeout");
    }

    // ---- writing ----

    private void enqueue(byte[] frame, Consumer<Throwable> done) {
        boolean refused;
        synchronized (this) {
            refused = closing || gone;
            if (!refused) {
                pending.add(new Pending(frame, done));
            }
        }
        if (refused) {
            if (done != null) {
                done.accept(new IOException("the media socket is closed"));
            }
            return;
        }
        drain();
    }

    /**
     * Writes while the container takes data; the rest waits for {@code onWritePossible}. The
     * senders hear of their frames only after the lock is released: their callbacks may end the
     * call, which takes the conversation's lock, and a thread holding that one may be sending.
     */
    private void drain() {
        List<Consumer<Throwable>> written = new ArrayList<>();
        List<Consumer<Throwable>> lost = new ArrayList<>();
        Throwable failure = null;
        boolean closeNow = false;
        synchronized (this) {
            if (gone || out == null) {
                return;
            }
            try {
                while (!pending.isEmpty() && out.isReady()) {
                    Pending next = pending.poll();
                    out.write(next.frame());
                    if (next.done() != null) {
                        written.add(next.done());
                    }
                }
                if (pending.isEmpty() && out.isReady()) {
                    out.flush();
                    closeNow = closing && out.isReady();
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
                for (Pending p; (p = pending.poll()) != null; ) {
                    if (p.done() != null) {
                        lost.add(p.done());
                    }
                }
            }
        }
        written.forEach(done -> done.accept(null));
        if (failure != null) {
            Throwable cause = failure;
            lost.forEach(done -> done.accept(cause));
            closeConnection();
        } else if (closeNow) {
            closeConnection();
        }
    }

    private void writeFailed(Throwable failure) {
        List<Consumer<Throwable>> lost = new ArrayList<>();
        synchronized (this) {
            for (Pending p; (p = pending.poll()) != null; ) {
                if (p.done() != null) {
                    lost.add(p.done());
                }
            }
        }
        lost.forEach(done -> done.accept(failure));
        closeConnection();
    }

    /** Closes the connection once and tells the call how the socket ended; never under the lock. */
    private void closeConnection() {
        int code;
        String reason;
        synchronized (this) {
            if (!gone) {
                gone = true;
                IdleSockets.SHARED.forget(this);
                try {
                    if (web != null) {
                        web.close();
                    }
                } catch (Exception e) {
                    LOG.log(Level.FINE, "closing a media connection failed", e);
                }
            }
            if (reported || connection == null) {
                return;
            }
            reported = true;
            code = closeCode;
            reason = closeReason;
        }
        connection.onClosed(code, reason);
    }

    // ---- reading ----

    private final class Reader implements ReadListener {
        @Override
        public void onDataAvailable() throws IOException {
            byte[] readBuffer = READ_BUFFER.get();
            int n;
            while (in.isReady() && (n = in.read(readBuffer)) != -1) {
                lastActivity = System.nanoTime();
                frames.feed(readBuffer, 0, n);
            }
        }

        @Override
        public void onAllDataRead() {
            closeConnection();
        }

        @Override
        public void onError(Throwable failure) {
            LOG.log(Level.FINE, "media socket read failed", failure);
            closeConnection();
        }
    }

    private final class Writer implements WriteListener {
        @Override
        public void onWritePossible() {
            drain();
        }

        @Override
        public void onError(Throwable failure) {
            LOG.log(Level.FINE, "media socket write failed", failure);
            writeFailed(failure);
        }
    }

    private final class Frames implements WebSocketFrames.Handler {
        @Override
        public void text(String message) {
            connection.onText(message);
        }

        @Override
        public void binary() {
            connection.onBinary();
        }

        @Override
        public void ping(byte[] payload) {
            enqueue(WebSocketFrames.pong(payload), null);
        }

        @Override
        public void close(int code, String reason) {
            // answered with the same code (1000 when the peer gave none), then the connection goes
            int answer = code == 1005 || code == ABNORMAL_CLOSURE ? CloseCodes.NORMAL : code;
            closeWith(answer, "", code == 1005 ? CloseCodes.NORMAL : code, reason);
        }

        @Override
        public void violation(int code, String reason) {
            if (code == CloseCodes.TOO_BIG) {
                VoximplantMediaEndpoint.this.close(code, reason);
            } else {
                connection.fail(code, reason);
            }
        }
    }

    private record Pending(byte[] frame, Consumer<Throwable> done) {
    }
}
