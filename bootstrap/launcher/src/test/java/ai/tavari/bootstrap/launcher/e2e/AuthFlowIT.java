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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up, log-in, the session cookie and bearer token, log-out and revocation, validation and
 * rate limits, over HTTP against the real launcher with its embedded PostgreSQL. The server trusts
 * X-Forwarded-For from loopback here, so each test can act as its own client address.
 */
@ExtendWith(RunningTavari.class)
class AuthFlowIT {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static URI base;
    private static TavariServer server;

    @BeforeAll
    static void server(TavariServer tavari) {
        base = tavari.baseUri();
        server = tavari;
    }

    @Test
    void signUpThenMeThenLogOutThenMeIsRefused() throws Exception {
        String email = uniqueEmail();
        HttpResponse<String> signUp = post("api/auth/signup", newClient(),
                json(email.toUpperCase(), "violet-kettle-37", "  Ana's Salon  "));

        assertThat(signUp.statusCode()).isEqualTo(201);
        JsonObject session = parse(signUp);
        String token = session.getString("token");
        assertThat(session.getJsonObject("user").getString("email")).isEqualTo(email);
        assertThat(session.getJsonObject("user").getString("role")).isEqualTo("OWNER");
        assertThat(session.getJsonObject("business").getString("name")).isEqualTo("Ana's Salon");
        String cookie = signUp.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("tavari_session=" + token).contains("HttpOnly").contains("SameSite=Lax")
                .contains("Path=/");

        HttpResponse<String> meByBearer = get("api/auth/me", "Authorization", "Bearer " + token);
        HttpResponse<String> meByCookie = get("api/auth/me", "Cookie", "tavari_session=" + token);
        assertThat(meByBearer.statusCode()).isEqualTo(200);
        assertThat(meByCookie.statusCode()).isEqualTo(200);
        assertThat(parse(meByBearer).getJsonObject("user").getString("id"))
                .isEqualTo(session.getJsonObject("user").getString("id"));
        assertThat(parse(meByCookie).getJsonObject("business").getString("id"))
                .isEqualTo(session.getJsonObject("business").getString("id"));

        HttpResponse<String> logOut = send(HttpRequest.newBuilder(base.resolve("api/auth/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logOut.statusCode()).isEqualTo(204);
        assertThat(logOut.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");

        HttpResponse<String> meAfter = get("api/auth/me", "Authorization", "Bearer " + token);
        assertThat(meAfter.statusCode()).isEqualTo(401);
        assertThat(meAfter.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(parse(meAfter).getString("type")).isEqualTo("/problems/unauthenticated");
        assertThat(get("api/auth/me", "Cookie", "tavari_session=" + token).statusCode()).isEqualTo(401);
    }

    @Test
    void logInGivesANewWorkingTokenAndLoggingOutOneSessionLeavesTheOtherAlive() throws Exception {
        String email = uniqueEmail();
        String first = parse(post("api/auth/signup", newClient(), json(email, "violet-kettle-37", "Shop"))).getString("token");

        HttpResponse<String> logIn = post("api/auth/login", newClient(), json(email, "violet-kettle-37", null));

        assertThat(logIn.statusCode()).isEqualTo(200);
        String second = parse(logIn).getString("token");
        assertThat(second).isNotEqualTo(first);
        assertThat(logIn.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("tavari_session=" + second);
        send(HttpRequest.newBuilder(base.resolve("api/auth/logout"))
                .header("Authorization", "Bearer " + first).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(get("api/auth/me", "Authorization", "Bearer " + first).statusCode()).isEqualTo(401);
        assertThat(get("api/auth/me", "Authorization", "Bearer " + second).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailAreIndistinguishable() throws Exception {
        String email = uniqueEmail();
        post("api/auth/signup", newClient(), json(email, "violet-kettle-37", "Shop"));

        HttpResponse<String> wrongPassword = post("api/auth/login", newClient(), json(email, "not-the-password", null));
        HttpResponse<String> unknownEmail = post("api/auth/login", newClient(), json(uniqueEmail(), "not-the-password", null));

        for (HttpResponse<String> response : List.of(wrongPassword, unknownEmail)) {
            assertThat(response.statusCode()).isEqualTo(401);
            JsonObject problem = parse(response);
            assertThat(problem.getString("type")).isEqualTo("/problems/invalid-credentials");
        }
        JsonObject a = parse(wrongPassword);
        JsonObject b = parse(unknownEmail);
        assertThat(a.getString("title")).isEqualTo(b.getString("title"));
        assertThat(a.getString("detail")).isEqualTo(b.getString("detail"));
    }

    @Test
    void invalidSignUpListsEveryBadFieldAndCreatesNothing() throws Exception {
        HttpResponse<String> response = post("api/auth/signup", newClient(), json("not-an-email", "short", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonObject problem = parse(response);
        assertThat(problem.getString("type")).isEqualTo("/problems/validation");
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("instance")).isEqualTo("/api/auth/signup");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("email", "password", "businessName");
    }

    @Test
    void commonPasswordsAndTakenEmailsAreRefusedWithFieldErrors() throws Exception {
        JsonObject common = parse(post("api/auth/signup", newClient(), json(uniqueEmail(), "password123", "Shop")));
        assertThat(common.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");

        String email = uniqueEmail();
        post("api/auth/signup", newClient(), json(email, "violet-kettle-37", "First"));
        HttpResponse<String> taken = post("api/auth/signup", newClient(), json(email.toUpperCase(), "violet-kettle-37", "Second"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(parse(taken).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");
    }

    @Test
    void concurrentSignUpsForOneEmailCreateExactlyOneBusinessAndRollBackTheRest() throws Exception {
        String email = uniqueEmail();
        String marker = "Race " + UUID.randomUUID().toString().substring(0, 8);
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String businessName = marker + " #" + i;
                String client = newClient();
                statuses.add(pool.submit(() -> {
                    start.await();
                    return post("api/auth/signup", client, json(email, "violet-kettle-37", businessName)).statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes).filteredOn(code -> code == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement businesses = db.prepareStatement(
                     "SELECT count(*) FROM businesses b JOIN ai_agents a ON a.business_id = b.id WHERE b.name LIKE ?");
             PreparedStatement orphans = db.prepareStatement(
                     "SELECT count(*) FROM businesses WHERE name LIKE ?")) {
            businesses.setString(1, marker + "%");
            orphans.setString(1, marker + "%");
            assertThat(count(businesses)).as("businesses with their default agent").isEqualTo(1);
            assertThat(count(orphans)).as("businesses in all, none left over from a rolled-back sign-up").isEqualTo(1);
        }
    }

    private static long count(PreparedStatement query) throws Exception {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void malformedBodiesAreClearProblemsNotServerErrors() throws Exception {
        for (String body : List.of("{not json", "[1,2]", "")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("api/auth/signup"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", newClient())
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(parse(response).getString("type")).as(body).isIn("/problems/malformed-request", "/problems/validation");
        }
    }

    @Test
    void repeatedLogInsForOneEmailAreLimitedWhateverTheAddress() throws Exception {
        String email = uniqueEmail();
        int limited = 0;
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 11; attempt++) {
            last = post("api/auth/login", newClient(), json(email, "wrong-password-" + attempt, null));
            if (last.statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(1);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(parse(last).getString("type")).isEqualTo("/problems/rate-limited");
    }

    @Test
    void oneAddressIsLimitedAcrossEmails() throws Exception {
        String address = newClient();
        int firstRefused = -1;
        for (int attempt = 0; attempt < 31 && firstRefused < 0; attempt++) {
            if (post("api/auth/login", address, json(uniqueEmail(), "wrong-password", null)).statusCode() == 429) {
                firstRefused = attempt;
            }
        }
        assertThat(firstRefused).isEqualTo(30);
    }

    @Test
    void requestIdIsEchoedAndNamedInProblems() throws Exception {
        HttpResponse<String> response = get("api/auth/me", "X-Request-Id", "trace-abc-123");

        assertThat(response.headers().firstValue("X-Request-Id")).contains("trace-abc-123");
        assertThat(parse(response).getString("requestId")).isEqualTo("trace-abc-123");
    }

    @Test
    void healthAndMetricsAnswer() throws Exception {
        HttpResponse<String> ready = get("health/ready", "Accept", "application/json");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
        assertThat(get("health/live", "Accept", "application/json").statusCode()).isEqualTo(200);
        assertThat(get("metrics", "Accept", "text/plain").statusCode()).isEqualTo(200);
    }

    private static String json(String email, String password, String businessName) {
        var builder = Json.createObjectBuilder().add("email", email).add("password", password);
        if (businessName != null) {
            builder.add("businessName", businessName);
        }
        return builder.build().toString();
    }

    private static HttpResponse<String> post(String path, String clientAddress, String body) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> get(String path, String header, String value) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).header(header, value).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject parse(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A fresh documentation-range address per simulated client, so rate limits don't leak between tests. */
    private static String newClient() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String uniqueEmail() {
        return "owner-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }
}
