package ai.tavari.adapters.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.port.out.notification.DeliveryException;
import ai.tavari.domain.shared.PhoneNumber;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMS adapter against a local stub of the Management API that checks what the real one
 * checks: a Bearer RS256 JWT signed by the service account's key with its key id and account as
 * issuer, and the method's form fields.
 */
class VoximplantSmsSenderTest {
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final String ACCOUNT_ID = "4619902";
    private static final String KEY_ID = "2b4f6a7c-59f2-4e62-9a3d-0d6ad5c2f1e7";

    private final MutableClock clock = new MutableClock(NOW);
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private KeyPair keys;
    private HttpServer stub;
    private volatile String answer = "{\"result\":1,\"message_id\":42,\"fragments_count\":1}";

    @BeforeEach
    void startStub() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/platform_api/", this::handle);
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> seen = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        seen.put("method", exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        seen.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        seen.put("token", authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "");
        requests.add(seen);
        boolean authorized = validToken(seen.get("token"));
        byte[] body = (authorized ? answer : "{\"error\":{\"code\":100,\"msg\":\"Authorization failed\"}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private boolean validToken(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            return jwt.getHeader().getAlgorithm().equals(JWSAlgorithm.RS256)
                    && KEY_ID.equals(jwt.getHeader().getKeyID())
                    && jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))
                    && ACCOUNT_ID.equals(jwt.getJWTClaimsSet().getIssuer())
                    && !jwt.getJWTClaimsSet().getIssueTime().toInstant().isAfter(clock.instant())
                    && jwt.getJWTClaimsSet().getExpirationTime().toInstant().isAfter(clock.instant())
                    && Duration.between(jwt.getJWTClaimsSet().getIssueTime().toInstant(),
                    jwt.getJWTClaimsSet().getExpirationTime().toInstant()).compareTo(Duration.ofHours(1)) <= 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private String serviceAccountJson(KeyPair pair) {
        String pem = ("-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n");
        return "{\"account_email\":\"ops@tavari.example\",\"account_id\":" + ACCOUNT_ID + ",\"key_id\":\"" + KEY_ID
                + "\",\"private_key\":\"" + pem + "\"}";
    }

    private VoximplantSmsSender sender(KeyPair pair) {
        return new VoximplantSmsSender(URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/platform_api"),
                ServiceAccount.fromJson(serviceAccountJson(pair)), PhoneNumber.of("+13125550100"), clock);
    }

    @Test
    void sendsSendSmsMessageWithASignedTokenAndTheFormFields() {
        sender(keys).send(PhoneNumber.of("+14155550123"), "URGENT message for Bella Dental: pipe burst & flood");

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.get("method")).isEqualTo("POST /platform_api/SendSmsMessage");
            assertThat(request.get("contentType")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(validToken(request.get("token"))).as("a valid RS256 service-account token").isTrue();
            assertThat(request).containsEntry("source", "13125550100").containsEntry("destination", "14155550123")
                    .containsEntry("sms_body", "URGENT message for Bella Dental: pipe burst & flood")
                    .containsEntry("account_id", ACCOUNT_ID);
        });
    }

    @Test
    void reusesItsTokenUntilShortlyBeforeItExpires() {
        VoximplantSmsSender sender = sender(keys);

        sender.send(PhoneNumber.of("+14155550123"), "one");
        sender.send(PhoneNumber.of("+14155550123"), "two");
        clock.advance(Duration.ofSeconds(50));
        sender.send(PhoneNumber.of("+14155550123"), "three");

        assertThat(requests.get(1).get("token")).isEqualTo(requests.get(0).get("token"));
        assertThat(requests.get(2).get("token")).isNotEqualTo(requests.get(0).get("token"));
    }

    @Test
    void anErrorAnswerIsAFailedDeliveryWithTheApisMessage() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);

        assertThatThrownBy(() -> sender(generator.generateKeyPair()).send(PhoneNumber.of("+14155550123"), "hi"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.getMessage()).contains("error 100", "Authorization failed");
                    assertThat(e.permanent()).isFalse();
                });
    }

    @Test
    void aBodyLongerThanTheMethodAllowsIsCut() {
        sender(keys).send(PhoneNumber.of("+14155550123"), "x".repeat(900));

        assertThat(requests.get(0).get("sms_body")).hasSize(VoximplantSmsSender.MAX_BODY);
    }

    @Test
    void readsTheServiceAccountFromItsFileOrItsParts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, serviceAccountJson(keys));

        ServiceAccount account = ServiceAccount.fromFile(file);

        assertThat(account.accountId()).isEqualTo(ACCOUNT_ID);
        assertThat(account.keyId()).isEqualTo(KEY_ID);
        String pem = "-----BEGIN PRIVATE KEY-----\\n" + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\\n-----END PRIVATE KEY-----";
        assertThat(ServiceAccount.of(ACCOUNT_ID, KEY_ID, pem).privateKey()).isEqualTo(account.privateKey());
        assertThatThrownBy(() -> ServiceAccount.fromJson("{\"account_id\":1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key_id");
    }
}
