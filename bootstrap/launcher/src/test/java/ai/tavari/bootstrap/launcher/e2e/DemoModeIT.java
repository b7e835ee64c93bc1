package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code java -jar tavari.jar --demo} on its own home: the demo business is there with its login
 * printed, and starting again in demo mode ({@code TAVARI_DEMO=true} this time) adds nothing.
 */
class DemoModeIT {
    private static final Duration START = Duration.ofSeconds(240);
    private static final String EMAIL = "demo@tavari.example";
    private static final String PASSWORD = "bella-demo-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Path home = LauncherProcess.newHome("demo");
    /** Each start gets its own port, so nothing of the stopped first server can answer for the second. */
    private int port = LauncherProcess.freePort();

    @AfterEach
    void cleanUp() {
        EmbeddedDb.processesMentioning(home).forEach(ProcessHandle::destroyForcibly);
        TavariServer.deleteRecursively(home);
    }

    @Test
    @Timeout(600)
    void demoDataIsLoadedOnceAndShowsOnEveryEndpoint() throws Exception {
        try (LauncherProcess first = LauncherProcess.builder("demo-first").home(home).port(port).arguments("--demo").start()) {
            awaitRunning(first);
            assertThat(first.output()).contains("Demo mode: log in as " + EMAIL + " with password " + PASSWORD)
                    .contains("Demo mode: created \"Bella Hair Studio (demo)\" with 30 calls and 11 messages");
            String token = logIn();

            assertThat(get(token, "api/auth/me").getJsonObject("business").getString("name"))
                    .isEqualTo("Bella Hair Studio (demo)");
            JsonObject calls = get(token, "api/calls?limit=100");
            assertThat(calls.getInt("total")).isEqualTo(30);
            Set<String> outcomes = calls.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(call -> call.getString("outcome")).collect(Collectors.toSet());
            assertThat(outcomes).containsExactlyInAnyOrder("COMPLETED", "MESSAGE_TAKEN", "TRANSFERRED", "CALLER_HUNG_UP",
                    "LIMIT_REACHED", "AI_FAILURE_FALLBACK", "REJECTED");
            String newest = calls.getJsonArray("items").getJsonObject(0).getString("id");
            assertThat(get(token, "api/calls/" + newest).getJsonArray("transcript")).hasSizeGreaterThanOrEqualTo(3);
            JsonObject messages = get(token, "api/messages");
            assertThat(messages.getInt("total")).isEqualTo(11);
            assertThat(messages.getInt("unreadCount")).isEqualTo(3);
            assertThat(get(token, "api/messages?urgency=URGENT").getInt("total")).isGreaterThanOrEqualTo(3);
            assertThat(get(token, "api/usage/status").getInt("minutesUsed")).isPositive();
            try (Connection db = EmbeddedDb.connect(home)) {
                assertThat(EmbeddedDb.queryString(db, "SELECT a.finalized_at IS NOT NULL FROM ai_agents a"
                        + " JOIN businesses b ON b.id = a.business_id WHERE b.name = 'Bella Hair Studio (demo)'"))
                        .as("the demo agent went live").isEqualTo("t");
            }
            assertThat(first.terminate(Duration.ofSeconds(90))).isIn(0, 143);
        }

        port = LauncherProcess.freePort();
        try (LauncherProcess second = LauncherProcess.builder("demo-second").home(home).port(port)
                .env("TAVARI_DEMO", "true").start()) {
            awaitRunning(second);
            assertThat(second.output()).contains("Demo mode: \"Bella Hair Studio (demo)\" exists already; nothing loaded");
            try (Connection db = EmbeddedDb.connect(home)) {
                assertThat(EmbeddedDb.queryString(db, "SELECT count(*) FROM businesses")).isEqualTo("1");
                assertThat(EmbeddedDb.queryString(db, "SELECT count(*) FROM call_sessions")).isEqualTo("30");
                assertThat(EmbeddedDb.queryString(db, "SELECT count(*) FROM messages")).isEqualTo("11");
            }
            assertThat(get(logIn(), "api/calls").getInt("total")).isEqualTo(30);
        }
    }

    private void awaitRunning(LauncherProcess launcher) {
        assertThat(launcher.awaitOutput("Tavari is running at http://localhost:" + port + "/", START))
                .as("launcher ready\n%s", launcher.tail(40)).isTrue();
    }

    private String logIn() throws Exception {
        String body = Json.createObjectBuilder().add("email", EMAIL).add("password", PASSWORD).build().toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body()).getString("token");
    }

    private JsonObject get(String token, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/").resolve(path);
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
