package ai.tavari.adapters.ai.openai.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A bare WebSocket client for poking the fake with hand-written events. */
final class RawRealtimeClient implements AutoCloseable {
    private static final Duration AWAIT = Duration.ofSeconds(10);

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<JsonNode> received = new ArrayList<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private RawRealtimeClient(URI url, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(url, new Listener()).join();
    }

    static RawRealtimeClient connect(FakeRealtimeServer server) {
        return connect(server, Map.of("Authorization", "Bearer " + server.apiKey()));
    }

    static RawRealtimeClient connect(FakeRealtimeServer server, Map<String, String> headers) {
        return new RawRealtimeClient(URI.create(server.url() + "?model=gpt-realtime"), headers);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    JsonNode await(String type) {
        return await(type, event -> true);
    }

    synchronized JsonNode await(String type, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < received.size(); checked++) {
                JsonNode event = received.get(checked);
                if (type.equals(event.path("type").asText()) && condition.test(event)) {
                    return event;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type + " within " + AWAIT + "; received " + types());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The {@code error} object of the next error event carrying this client event id. */
    JsonNode awaitErrorFor(String clientEventId) {
        return await("error", event -> clientEventId.equals(event.path("error").path("event_id").asText()))
                .get("error");
    }

    synchronized List<String> types() {
        return received.stream().map(event -> event.path("type").asText()).toList();
    }

    int awaitClosed() {
        try {
            return closeCode.get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("not closed within " + AWAIT, e);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private synchronized void add(String text) {
        try {
            received.add(mapper.readTree(text));
        } catch (Exception e) {
            throw new IllegalStateException("the fake sent something that is not JSON: " + text, e);
        }
        notifyAll();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.complete(1006);
        }
    }
}
