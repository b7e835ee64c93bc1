package ai.tavari.benchmarks;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Businesses whose agent answers calls, made the way an owner makes one: sign-up, the five setup
 * steps, finalize; then a number in {@code business_numbers} (numbers are not provisioned through
 * the API yet, so the live-call tests insert them the same way).
 */
public final class Businesses {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A business's owner token and the number that reaches its agent. */
    public record Business(String id, String token, String number) {
    }

    private Businesses() {
    }

    public static List<Business> create(ServerProcess server, int count, boolean finalized) throws Exception {
        List<Business> made = new ArrayList<>();
        try (Connection db = server.database()) {
            for (int i = 0; i < count; i++) {
                made.add(create(server.baseUri(), db, "Bench Salon " + (finalized ? "" : "(unfinished) ") + i
                        + " " + System.nanoTime() % 100_000, finalized));
            }
        }
        return made;
    }

    private static Business create(URI base, Connection db, String name, boolean finalized) throws Exception {
        String email = "bench-" + System.nanoTime() + "@example.com";
        JsonObject session = call(base, "POST", "api/auth/signup", null, Json.createObjectBuilder().add("email", email)
                .add("password", "violet-kettle-37").add("businessName", name).build().toString(), 201);
        String token = session.getString("token");
        String id = session.getJsonObject("business").getString("id");
        if (finalized) {
            call(base, "POST", "api/setup/step1", token, """
                    {"name":"%s","phone":"(415) 555-0123","country":"US","timeZone":"America/Los_Angeles",
                     "industry":"Hair salon","address":"12 Main Street"}""".formatted(name), 200);
            call(base, "POST", "api/setup/step2", token, """
                    {"agentName":"Mia","greeting":"Hi, this is Mia at the salon. How can I help?","voice":"coral",
                     "language":"en-US","instructions":"Be warm and brief."}""", 200);
            call(base, "POST", "api/setup/step3", token, """
                    {"weekly":{"monday":[{"opens":"09:00","closes":"17:00"}],"tuesday":[{"opens":"09:00","closes":"17:00"}],
                     "wednesday":[{"opens":"09:00","closes":"17:00"}],"thursday":[{"opens":"09:00","closes":"17:00"}],
                     "friday":[{"opens":"09:00","closes":"17:00"}],"saturday":[{"opens":"10:00","closes":"14:00"}]},
                     "holidays":[],"afterHours":"TAKE_MESSAGE"}""", 200);
            call(base, "POST", "api/setup/step4", token, """
                    {"faqs":[{"question":"Do you have parking?","answer":"Yes, behind the shop."},
                             {"question":"Do you take walk-ins?","answer":"Yes, when a chair is free."}]}""", 200);
            call(base, "POST", "api/setup/step5", token, """
                    {"fieldsToCollect":["CALLER_NAME","CALLBACK_NUMBER","REASON"],"notificationEmail":"owner@bench.example",
                     "smsNumber":"(415) 555-0199","urgentKeywords":["emergency"]}""", 200);
            call(base, "POST", "api/setup/finalize", token, null, 200);
        }
        String number = "+1312" + (1_000_000 + Math.floorMod(System.nanoTime() / 1000, 8_999_999));
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO business_numbers (phone_number, business_id, assigned_at) VALUES (?, ?::uuid, now())")) {
            insert.setString(1, number);
            insert.setString(2, id);
            insert.executeUpdate();
        }
        return new Business(id, token, number);
    }

    static JsonObject call(URI base, String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
