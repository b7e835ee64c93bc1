package ai.tavari.benchmarks.phone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The scenario's signed webhooks (CONTRACT.md §1): {@code X-Tavari-Signature: t=<unix s>,v1=<hex
 * HMAC-SHA256(secret, t + "." + body)>}, over HTTP/1.1 keep-alive connections.
 */
public final class Webhooks {
    private final URI url;
    private final byte[] secret;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "webhook-client");
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    public Webhooks(URI baseUri, String secret) {
        this.url = baseUri.resolve("api/calls/webhook");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public CompletableFuture<HttpResponse<String>> post(String body) {
        return http.sendAsync(request(body), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(String body) {
        long t = System.currentTimeMillis() / 1000;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Tavari-Signature", signature(secret, t, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
    }

    public static String signature(byte[] secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String callStarted(String eventId, String sessionId, String voxCallId, String from, String to) {
        return "{\"id\":\"" + eventId + "\",\"type\":\"call.started\",\"callId\":\"" + voxCallId + "\",\"sessionId\":\""
                + sessionId + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"ts\":" + System.currentTimeMillis() + "}";
    }

    public static String callEnded(String eventId, String voxCallId, String reason, long durationSeconds) {
        return "{\"id\":\"" + eventId + "\",\"type\":\"call.ended\",\"callId\":\"" + voxCallId + "\",\"ts\":"
                + System.currentTimeMillis() + ",\"reason\":\"" + reason + "\",\"durationSeconds\":" + durationSeconds + "}";
    }
}
