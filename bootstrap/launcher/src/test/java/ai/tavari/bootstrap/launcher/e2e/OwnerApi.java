package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP client for end-to-end tests of the owner API: signs owners up and sends
 * authenticated JSON requests. Each owner acts from its own client address (the test server
 * trusts X-Forwarded-For from loopback), so rate limits of one test never touch another.
 */
public final class OwnerApi {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PASSWORD = "violet-kettle-37";

    private final URI base;

    public OwnerApi(TavariServer server) {
        this(server.baseUri());
    }

    /** For a server a test started itself: {@code base} as {@link TavariServer#baseUri()} gives it. */
    public OwnerApi(URI base) {
        this.base = base;
    }

    /** A new business and its logged-in owner. */
    public Owner signUp(String businessName) {
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
        Answer answer = send("POST", "api/auth/signup", null, newClientAddress(),
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD)
                        .add("businessName", businessName).build().toString(), "application/json");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonObject session = answer.json().asJsonObject();
        return new Owner(this, session.getString("token"), session.getJsonObject("business").getString("id"), email);
    }

    /** An unauthenticated request. */
    public Answer anonymous(String method, String path, String jsonBody) {
        return send(method, path, null, newClientAddress(), jsonBody, "application/json");
    }

    Answer send(String method, String path, String token, String clientAddress, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .header("X-Forwarded-For", clientAddress)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        }
    }

    static String newClientAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    /** A logged-in owner of one business. */
    public record Owner(OwnerApi api, String token, String businessId, String email) {
        public Answer get(String path) {
            return api.send("GET", path, token, newClientAddress(), null, "application/json");
        }

        public Answer get(String path, String accept) {
            return api.send("GET", path, token, newClientAddress(), null, accept);
        }

        public Answer post(String path, String jsonBody) {
            return api.send("POST", path, token, newClientAddress(), jsonBody, "application/json");
        }

        public Answer put(String path, String jsonBody) {
            return api.send("PUT", path, token, newClientAddress(), jsonBody, "application/json");
        }

        public Answer patch(String path, String jsonBody) {
            return api.send("PATCH", path, token, newClientAddress(), jsonBody, "application/json");
        }

        public Answer delete(String path) {
            return api.send("DELETE", path, token, newClientAddress(), null, "application/json");
        }
    }

    /** One HTTP answer, with its body parsed as JSON on demand. */
    public record Answer(int status, HttpHeaders headers, String body) {
        public JsonValue json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure;
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return json().asJsonArray();
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The fields named in a problem+json answer's errors. */
        public List<String> errorFields() {
            assertThat(contentType()).as(body).startsWith("application/problem+json");
            JsonArray errors = object().getJsonArray("errors");
            return errors == null ? List.of() : errors.getValuesAs(JsonObject.class).stream()
                    .map(error -> error.getString("field")).toList();
        }
    }
}
