package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Owner B tries every read and write of the owner API on owner A's calls and messages: each one
 * is "not found", exactly as for an id that does not exist (never 403, which would confirm the id
 * exists), nothing of A's changes, and none of A's data shows in B's lists, exports or usage.
 */
@ExtendWith(RunningTavari.class)
class TenantIsolationIT {
    private static OwnerApi api;
    private static OwnerRows rows;

    @BeforeAll
    static void connect(TavariServer server) throws SQLException {
        api = new OwnerApi(server);
        rows = new OwnerRows(server);
    }

    @AfterAll
    static void disconnect() throws SQLException {
        rows.close();
    }

    @Test
    void anotherOwnerSeesNothingOfAndChangesNothingOfTheFirstOwnersData() throws Exception {
        Owner a = api.signUp("Tenant A Roofing");
        Owner b = api.signUp("Tenant B Roofing");
        Instant now = Instant.now().minusSeconds(30);
        OwnerRows.NewCall call = rows.call(a.businessId(), now).seconds(120).outcome("MESSAGE_TAKEN").intent("MESSAGE")
                .summary("Roof leaking into the kitchen.").recording("https://recordings.example/a.mp3")
                .turn("CALLER", "My roof is leaking!")
                .message("Hal", "+14155550140", "Roof leaking into the kitchen", "URGENT");
        UUID callId = call.insert();
        String messageId = call.messageId().toString();
        rows.usage(a.businessId(), callId, 2, 120, now);
        String unknownCall = UUID.randomUUID().toString();
        String unknownMessage = UUID.randomUUID().toString();

        List<String[]> attempts = List.of(
                new String[] {"GET", "api/calls/" + callId, "api/calls/" + unknownCall, null},
                new String[] {"GET", "api/messages/" + messageId, "api/messages/" + unknownMessage, null},
                new String[] {"PATCH", "api/messages/" + messageId + "/read", "api/messages/" + unknownMessage + "/read", null},
                new String[] {"PATCH", "api/messages/" + messageId + "/unread", "api/messages/" + unknownMessage + "/unread", null},
                new String[] {"PATCH", "api/messages/" + messageId, "api/messages/" + unknownMessage, "{\"read\": true}"});
        for (String[] attempt : attempts) {
            Answer foreign = send(b, attempt[0], attempt[1], attempt[3]);
            Answer unknown = send(b, attempt[0], attempt[2], attempt[3]);
            assertThat(foreign.status()).as(attempt[0] + " " + attempt[1] + " -> " + foreign.body()).isEqualTo(404);
            assertThat(foreign.body()).doesNotContain("Hal", "Roof", "recordings.example");
            JsonObject foreignProblem = foreign.object();
            JsonObject unknownProblem = unknown.object();
            assertThat(foreignProblem.getString("type")).isEqualTo(unknownProblem.getString("type"));
            assertThat(foreignProblem.getString("title")).isEqualTo(unknownProblem.getString("title"));
            assertThat(foreignProblem.getString("detail")).isEqualTo(unknownProblem.getString("detail"));
        }
        assertThat(rows.readAt(UUID.fromString(messageId))).as("B's attempts left A's message unread").isNull();

        JsonObject calls = b.get("api/calls").object();
        assertThat(calls.getInt("total")).isZero();
        assertThat(calls.getJsonArray("items")).isEmpty();
        assertThat(b.get("api/calls?hasMessage=true&outcome=MESSAGE_TAKEN").object().getInt("total")).isZero();
        JsonObject messages = b.get("api/messages").object();
        assertThat(messages.getInt("total")).isZero();
        assertThat(messages.getInt("unreadCount")).isZero();
        assertThat(b.get("api/messages?unread=true&urgency=URGENT").object().getInt("total")).isZero();
        for (String export : List.of("api/calls/export", "api/messages/export")) {
            Answer csv = b.get(export, "text/csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(CsvRecords.parse(csv.body())).as(export).hasSize(1);
            assertThat(csv.body()).doesNotContain(callId.toString(), messageId, "Hal");
        }
        JsonObject usage = b.get("api/usage/status").object();
        assertThat(usage.getInt("minutesUsed")).isZero();
        assertThat(usage.getInt("callsThisPeriod")).isZero();
        assertThat(b.get("api/usage/monthly").object().getJsonArray("months").getValuesAs(JsonObject.class))
                .allSatisfy(month -> {
                    assertThat(month.getInt("minutes")).isZero();
                    assertThat(month.getInt("calls")).isZero();
                });
        // a cursor made from A's page shows B nothing of A's either
        rows.call(a.businessId(), now.minusSeconds(60)).insert();
        String cursorOfA = a.get("api/calls?limit=1").object().getString("nextCursor");
        assertThat(b.get("api/calls?cursor=" + cursorOfA).object().getJsonArray("items")).isEmpty();

        // and A still sees all of it
        assertThat(a.get("api/calls/" + callId).object().getString("recordingUrl")).isEqualTo("https://recordings.example/a.mp3");
        assertThat(a.get("api/messages").object().getInt("unreadCount")).isEqualTo(1);
        assertThat(a.get("api/usage/status").object().getInt("minutesUsed")).isEqualTo(2);
    }

    private static Answer send(Owner owner, String method, String path, String body) {
        return method.equals("GET") ? owner.get(path) : owner.patch(path, body);
    }
}
