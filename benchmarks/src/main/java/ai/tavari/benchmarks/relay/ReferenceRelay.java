package ai.tavari.benchmarks.relay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.extensions.IExtension;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;

/**
 * The baseline: a minimal Voximplant ↔ OpenAI Realtime relay written the straightforward way, with
 * none of the product's optimisations. Every message is parsed into a JSON tree, every audio payload
 * is decoded from base64 and encoded again, every outgoing message is built as a tree and printed,
 * sends block the thread that relays them, and agent audio goes to the phone the moment it arrives
 * (no pacing, so no barge-in accounting). It speaks the same wire as the product: the signed
 * webhook answers {@code connect} with a media URL and token, the media socket takes Voximplant's
 * frames, the OpenAI socket the GA events. No database, no call records.
 *
 * <p>{@code java -cp tavari-benchmarks.jar ai.tavari.benchmarks.relay.ReferenceRelay <httpPort> <openAiUrl> <secret>}
 */
public final class ReferenceRelay implements AutoCloseable {
    private final Map<String, Call> byToken = new ConcurrentHashMap<>();
    private final Map<String, Call> byVoxId = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI openAi;
    private final String apiKey;
    private final byte[] secret;
    private final HttpServer http;
    private final MediaServer media;

    public ReferenceRelay(int httpPort, URI openAi, String apiKey, String secret) throws IOException {
        this.openAi = openAi;
        this.apiKey = apiKey;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 128);
        this.http.createContext("/api/calls/webhook", this::webhook);
        this.http.setExecutor(Executors.newFixedThreadPool(4));
        this.media = new MediaServer();
    }

    public ReferenceRelay start() throws InterruptedException {
        media.start();
        media.started.await();
        http.start();
        return this;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            media.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        ReferenceRelay relay = new ReferenceRelay(Integer.parseInt(args[0]), URI.create(args[1]), args[2], args[3]).start();
        System.out.println("Reference relay listening on " + relay.port());
        new CountDownLatch(1).await();
    }

    // ---- webhook ----

    private void webhook(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-Tavari-Signature");
        if (signature == null || !verify(signature, body)) {
            answer(exchange, 401, "{\"title\":\"bad signature\"}");
            return;
        }
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            event = reader.readObject();
        }
        String type = event.getString("type");
        String voxId = event.getString("callId");
        if ("call.started".equals(type)) {
            String token = UUID.randomUUID().toString();
            Call call = new Call(voxId);
            byToken.put(token, call);
            byVoxId.put(voxId, call);
            call.connectOpenAi();
            String mediaUrl = "ws://127.0.0.1:" + media.getPort() + "/media/voximplant?token=" + token;
            answer(exchange, 200, Json.createObjectBuilder().add("action", "connect").add("callId", UUID.randomUUID().toString())
                    .add("mediaUrl", mediaUrl).add("token", token).add("maxDurationSeconds", 1800).build().toString());
        } else {
            Call call = byVoxId.remove(voxId);
            if (call != null) {
                call.end();
            }
            answer(exchange, 200, "{\"ok\":true}");
        }
    }

    private boolean verify(String header, byte[] body) {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
                    v1.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- one call ----

    private final class Call implements WebSocket.Listener {
        private final String voxId;
        private final List<String> waitingForPhone = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private org.java_websocket.WebSocket phone;
        private WebSocket ai;
        private long chunk;
        private boolean ended;

        Call(String voxId) {
            this.voxId = voxId;
        }

        void connectOpenAi() {
            client.newWebSocketBuilder().header("Authorization", "Bearer " + apiKey)
                    .buildAsync(URI.create(openAi + "?model=gpt-realtime"), this)
                    .whenComplete((socket, failure) -> {
                        if (failure != null) {
                            System.err.println("OpenAI connect failed: " + failure);
                        }
                    });
        }

        synchronized void phoneConnected(org.java_websocket.WebSocket socket) {
            phone = socket;
            socket.send(Json.createObjectBuilder().add("event", "start").add("sequenceNumber", 0)
                    .add("start", Json.createObjectBuilder().add("mediaFormat", Json.createObjectBuilder()
                            .add("encoding", "ULAW").add("sampleRate", 8000))).add("tag", "agent").build().toString());
            waitingForPhone.forEach(socket::send);
            waitingForPhone.clear();
        }

        void fromPhone(String text) {
            JsonObject frame;
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                frame = reader.readObject();
            }
            if ("media".equals(frame.getString("event", ""))) {
                byte[] audio = Base64.getDecoder().decode(frame.getJsonObject("media").getString("payload"));
                toOpenAi(Json.createObjectBuilder().add("type", "input_audio_buffer.append")
                        .add("audio", Base64.getEncoder().encodeToString(audio)).build().toString());
            } else if ("callEnded".equals(frame.getString("customEvent", ""))) {
                end();
            }
        }

        synchronized void toOpenAi(String text) {
            if (ai != null && !ended) {
                ai.sendText(text, true).join();
            }
        }

        synchronized void toPhone(String text) {
            if (phone == null) {
                waitingForPhone.add(text);
            } else if (phone.isOpen()) {
                phone.send(text);
            }
        }

        void fromOpenAi(String text) {
            JsonObject event;
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                event = reader.readObject();
            }
            switch (event.getString("type", "")) {
                case "session.created" -> toOpenAi(Json.createObjectBuilder().add("type", "session.update")
                        .add("session", Json.createObjectBuilder().add("type", "realtime").add("model", "gpt-realtime")
                                .add("output_modalities", Json.createArrayBuilder().add("audio"))
                                .add("instructions", "You answer the phone for a small business.")
                                .add("audio", Json.createObjectBuilder()
                                        .add("input", Json.createObjectBuilder()
                                                .add("format", Json.createObjectBuilder().add("type", "audio/pcmu"))
                                                .add("turn_detection", Json.createObjectBuilder().add("type", "server_vad")))
                                        .add("output", Json.createObjectBuilder()
                                                .add("format", Json.createObjectBuilder().add("type", "audio/pcmu"))
                                                .add("voice", "alloy"))))
                        .build().toString());
                case "session.updated" -> toOpenAi(Json.createObjectBuilder().add("type", "response.create").build().toString());
                case "response.output_audio.delta" -> {
                    byte[] audio = Base64.getDecoder().decode(event.getString("delta"));
                    long number;
                    synchronized (this) {
                        number = ++chunk;
                    }
                    toPhone(Json.createObjectBuilder().add("event", "media").add("sequenceNumber", number)
                            .add("media", Json.createObjectBuilder().add("chunk", number).add("timestamp", 0)
                                    .add("payload", Base64.getEncoder().encodeToString(audio)))
                            .build().toString());
                }
                case "input_audio_buffer.speech_started" -> toPhone(Json.createObjectBuilder().add("customEvent", "clear")
                        .build().toString());
                default -> { }
            }
        }

        synchronized void end() {
            if (ended) {
                return;
            }
            ended = true;
            if (ai != null) {
                ai.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
            }
        }

        // the OpenAI socket

        @Override
        public void onOpen(WebSocket webSocket) {
            synchronized (this) {
                ai = webSocket;
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                fromOpenAi(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }
    }

    // ---- the media socket ----

    private final class MediaServer extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        MediaServer() {
            super(new InetSocketAddress("127.0.0.1", 0), 2,
                    List.of(new Draft_6455(List.<IExtension>of(), List.<IProtocol>of(new Protocol("chat"), new Protocol("")))));
            setReuseAddr(true);
            setConnectionLostTimeout(0);
            setDaemon(true);
        }

        @Override
        public void onOpen(org.java_websocket.WebSocket socket, ClientHandshake handshake) {
            String descriptor = handshake.getResourceDescriptor();
            int at = descriptor.indexOf("token=");
            Call call = at < 0 ? null : byToken.remove(descriptor.substring(at + 6));
            if (call == null) {
                socket.close(1008, "unknown token");
                return;
            }
            socket.setAttachment(call);
            call.phoneConnected(socket);
        }

        @Override
        public void onMessage(org.java_websocket.WebSocket socket, String message) {
            Call call = socket.getAttachment();
            if (call != null) {
                call.fromPhone(message);
            }
        }

        @Override
        public void onClose(org.java_websocket.WebSocket socket, int code, String reason, boolean remote) {
            Call call = socket.getAttachment();
            if (call != null) {
                call.end();
            }
        }

        @Override
        public void onError(org.java_websocket.WebSocket socket, Exception error) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
