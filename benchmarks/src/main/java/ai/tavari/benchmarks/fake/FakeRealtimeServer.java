package ai.tavari.benchmarks.fake;

import ai.tavari.benchmarks.Registry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A lean fake of the OpenAI Realtime API (GA) for load: one selector thread, two decoder threads,
 * one timer thread for the reply bursts, no per-event validation (the product's own fake checks
 * the schema in the test suite). The first thing each message handler does is take the time.
 */
public final class FakeRealtimeServer implements AutoCloseable {
    public static final String PATH = "/v1/realtime";
    public static final String API_KEY = "bench-key";

    private final Registry registry;
    private final ReplyShape shape;
    private final long leadNanos;
    private final Server server;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fake-openai-replies");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger ids = new AtomicInteger();
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    public FakeRealtimeServer(Registry registry, ReplyShape shape, Duration pacingLead) {
        this.registry = registry;
        this.shape = shape;
        this.leadNanos = pacingLead.toNanos();
        this.server = new Server(new InetSocketAddress("127.0.0.1", 0));
    }

    public FakeRealtimeServer start() {
        server.start();
        try {
            started.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the fake OpenAI server did not start", e);
        }
        return this;
    }

    public URI url() {
        return URI.create("ws://127.0.0.1:" + server.getPort() + PATH);
    }

    @Override
    public void close() {
        timers.shutdownNow();
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {
        Server(InetSocketAddress address) {
            super(address, 2);
            setReuseAddr(true);
            setTcpNoDelay(true);
            setConnectionLostTimeout(0);
            setDaemon(true);
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            FakeSession session = new FakeSession(ids.incrementAndGet(), socket, registry, timers, shape, leadNanos);
            socket.setAttachment(session);
            registry.add(session);
            session.opened();
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            long now = System.nanoTime();
            FakeSession session = socket.getAttachment();
            if (session != null) {
                session.message(message, now);
            }
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            FakeSession session = socket.getAttachment();
            if (session != null) {
                session.closed();
                // kept a while: the step checks still read its records
                timers.schedule(() -> registry.remove(session), 60, TimeUnit.SECONDS);
            }
        }

        @Override
        public void onError(WebSocket socket, Exception error) {
            if (socket == null) {
                started.completeExceptionally(error);
            }
        }

        @Override
        public void onStart() {
            started.complete(null);
        }
    }
}
