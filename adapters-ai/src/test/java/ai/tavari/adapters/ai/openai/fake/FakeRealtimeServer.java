package ai.tavari.adapters.ai.openai.fake;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * A protocol-faithful stand-in for the OpenAI Realtime API (GA interface) on loopback.
 *
 * <pre>{@code
 * try (FakeRealtimeServer server = FakeRealtimeServer.start()) {
 *     // point the client at server.url() with key FakeRealtimeOptions.DEFAULT_API_KEY
 *     FakeRealtimeConnection call = server.awaitConnection();
 *     JsonNode session = call.awaitSessionUpdate();
 *     call.speechStarted();
 *     call.speechStopped();               // commit, user item, and a response with audio
 *     call.callFunction("end_call", "{}");
 *     assertThat(call.errorsSent()).isEmpty();
 * }
 * }</pre>
 *
 * The handshake needs {@code Authorization: Bearer <key>} and a {@code model} query parameter on
 * {@code /v1/realtime}; a refused handshake is answered with HTTP 404 by the WebSocket library (the
 * real API answers 401). An {@code OpenAI-Beta} header gets {@code beta_api_shape_disabled} and close
 * 4000.
 */
public final class FakeRealtimeServer implements AutoCloseable {
    public static final String PATH = "/v1/realtime";
    private static final Duration AWAIT = Duration.ofSeconds(10);

    private final FakeRealtimeOptions options;
    private final Server server;
    private final List<FakeRealtimeConnection> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusedHandshakes = new AtomicInteger();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private int handedOut;

    private FakeRealtimeServer(int port, FakeRealtimeOptions options) {
        this.options = options;
        this.server = new Server(new InetSocketAddress("127.0.0.1", port));
    }

    /** A server on a free loopback port with the default options. */
    public static FakeRealtimeServer start() {
        return start(new FakeRealtimeOptions());
    }

    public static FakeRealtimeServer start(FakeRealtimeOptions options) {
        return start(0, options);
    }

    /** A server on {@code port} (0: any free port). */
    public static FakeRealtimeServer start(int port, FakeRealtimeOptions options) {
        FakeRealtimeServer fake = new FakeRealtimeServer(port, options);
        fake.server.start();
        try {
            fake.started.get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        } catch (ExecutionException | TimeoutException e) {
            fake.close();
            throw new IllegalStateException("the fake Realtime server did not start on port " + port, e);
        }
        return fake;
    }

    /** The base URL to configure a client with; the client adds {@code ?model=}. */
    public URI url() {
        return URI.create("ws://127.0.0.1:" + port() + PATH);
    }

    public int port() {
        return server.getPort();
    }

    public String apiKey() {
        return options.apiKey();
    }

    /** The live options: changes apply to connections opened afterwards. */
    public FakeRealtimeOptions options() {
        return options;
    }

    /** The next connection not yet handed out by this method, waiting up to 10 s for it. */
    public synchronized FakeRealtimeConnection awaitConnection() {
        return awaitConnection(AWAIT);
    }

    public synchronized FakeRealtimeConnection awaitConnection(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (connections.size() <= handedOut) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no connection to the fake Realtime server within " + timeout);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return connections.get(handedOut++);
    }

    public List<FakeRealtimeConnection> connections() {
        return List.copyOf(connections);
    }

    /** Handshakes refused for a wrong key or path. */
    public int refusedHandshakes() {
        return refusedHandshakes.get();
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.forEach(FakeRealtimeConnection::shutdown);
    }

    private synchronized void add(FakeRealtimeConnection connection) {
        connections.add(connection);
        notifyAll();
    }

    private final class Server extends WebSocketServer {
        Server(InetSocketAddress address) {
            super(address);
            setReuseAddr(true);
            setDaemon(true);
            setConnectionLostTimeout(0);
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket connection, Draft draft,
                                                                           ClientHandshake request)
                throws InvalidDataException {
            ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(connection, draft, request);
            String descriptor = request.getResourceDescriptor();
            boolean pathOk = descriptor.equals(PATH) || descriptor.startsWith(PATH + "?");
            boolean modelGiven = descriptor.contains("?model=") || descriptor.contains("&model=");
            boolean keyOk = ("Bearer " + options.apiKey()).equals(request.getFieldValue("Authorization"));
            if (!pathOk || !modelGiven || !keyOk) {
                refusedHandshakes.incrementAndGet();
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION,
                        keyOk ? "expected " + PATH + "?model=<model>" : "Incorrect API key provided.");
            }
            return response;
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            Map<String, String> headers = new HashMap<>();
            handshake.iterateHttpFields().forEachRemaining(name -> headers.put(name, handshake.getFieldValue(name)));
            FakeRealtimeConnection connection = new FakeRealtimeConnection(socket, () -> onWriteDemand(socket), headers,
                    handshake.getResourceDescriptor(), options.copy());
            socket.setAttachment(connection);
            add(connection);
            connection.opened();
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            FakeRealtimeConnection connection = socket.getAttachment();
            if (connection != null) {
                connection.messageReceived(message);
            }
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            FakeRealtimeConnection connection = socket.getAttachment();
            if (connection != null) {
                connection.closed(code);
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
