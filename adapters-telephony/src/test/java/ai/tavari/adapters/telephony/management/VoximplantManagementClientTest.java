package ai.tavari.adapters.telephony.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi.Request;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VoximplantManagementClientTest {
    private final FakeVoximplantApi api = FakeVoximplantApi.start();
    private final Clock clock = Clock.systemUTC();
    private final ServiceAccount account = ServiceAccount.fromJson(api.credentialsJson());
    private final VoximplantManagementClient client = new VoximplantManagementClient(api.url(), account, clock);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void postsTheMethodWithItsFormParametersAndAServiceAccountJwt() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("application_name", "tavari");
        parameters.put("with_rules", "true");

        JsonObject answer = client.call("GetApplications", parameters);

        assertThat(answer.getJsonArray("result")).isEmpty();
        assertThat(api.rejectedTokens()).isEmpty();
        Request request = api.requests().get(0);
        assertThat(request.method()).isEqualTo("GetApplications");
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of("application_name", "tavari",
                "with_rules", "true", "account_id", FakeVoximplantApi.ACCOUNT_ID));
        assertThat(request.keyId()).isEqualTo(api.keyId());
        assertThat(request.claims().getIssuer()).isEqualTo(FakeVoximplantApi.ACCOUNT_ID);
        Instant issued = request.claims().getIssueTime().toInstant();
        Instant expires = request.claims().getExpirationTime().toInstant();
        assertThat(issued).as("5 s in the past").isBetween(before.minusSeconds(5), Instant.now().minusSeconds(5));
        assertThat(Duration.between(issued, expires)).isLessThanOrEqualTo(Duration.ofHours(1)).isPositive();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedAsAPermanentError() {
        VoximplantManagementClient wrongKey = new VoximplantManagementClient(api.url(),
                ServiceAccount.of(FakeVoximplantApi.ACCOUNT_ID, api.keyId(), FakeVoximplantApi.otherPrivateKeyPem()),
                clock);

        assertThatThrownBy(() -> wrongKey.call("GetApplications", Map.of()))
                .isInstanceOfSatisfying(VoximplantApiException.class, e -> {
                    assertThat(e.isTemporary()).isFalse();
                    assertThat(e.code()).hasValue(100);
                    assertThat(e.httpStatus()).isEqualTo(401);
                });
        assertThat(api.rejectedTokens()).containsExactly("bad signature");
    }

    @Test
    void anErrorBodyIsARefusalAndAServerErrorIsTemporary() {
        assertThatThrownBy(() -> client.call("DeactivatePhoneNumber", Map.of("phone_id", "1")))
                .isInstanceOfSatisfying(VoximplantApiException.class, e -> {
                    assertThat(e.isTemporary()).isFalse();
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.code()).hasValue(306);
                    assertThat(e.getMessage()).isEqualTo("DeactivatePhoneNumber: phone number not found (code 306)");
                });

        api.failNext("GetApplications", 500);
        assertThatThrownBy(() -> client.call("GetApplications", Map.of()))
                .isInstanceOfSatisfying(VoximplantApiException.class, e -> {
                    assertThat(e.isTemporary()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(500);
                    assertThat(e.code()).hasValue(500);
                });
        api.failNext("GetApplications", 429);
        assertThatThrownBy(() -> client.call("GetApplications", Map.of()))
                .isInstanceOfSatisfying(VoximplantApiException.class, e -> assertThat(e.isTemporary()).isTrue());
        assertThat(client.call("GetApplications", Map.of()).containsKey("result")).isTrue();
    }

    @Test
    void noAnswerOrAnAnswerThatIsNotJsonIsTemporary() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        VoximplantManagementClient unreachable = new VoximplantManagementClient(
                URI.create("http://127.0.0.1:" + closedPort + "/platform_api"), account, clock);
        assertThatThrownBy(() -> unreachable.call("GetApplications", Map.of()))
                .isInstanceOfSatisfying(VoximplantApiException.class, e -> {
                    assertThat(e.isTemporary()).isTrue();
                    assertThat(e.httpStatus()).isZero();
                });

        AtomicReference<Integer> status = new AtomicReference<>(502);
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            byte[] page = "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        proxy.start();
        try {
            VoximplantManagementClient behindProxy = new VoximplantManagementClient(
                    URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/platform_api"), account, clock);
            assertThatThrownBy(() -> behindProxy.call("GetApplications", Map.of()))
                    .isInstanceOfSatisfying(VoximplantApiException.class, e -> assertThat(e.isTemporary()).isTrue());
            status.set(404);
            assertThatThrownBy(() -> behindProxy.call("GetApplications", Map.of()))
                    .isInstanceOfSatisfying(VoximplantApiException.class, e -> assertThat(e.isTemporary()).isFalse());
        } finally {
            proxy.stop(0);
        }
    }
}
