package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages: the list with its unread count and filters, one message, read and unread marks, and the CSV export. */
@ExtendWith(RunningTavari.class)
class MessagesApiIT {
    private static final Instant MARCH_9 = Instant.parse("2026-03-09T15:00:00Z");
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
    void listsNewestFirstWithTotalAndUnreadCountAndShowsOneMessage() throws Exception {
        Owner owner = api.signUp("Message Salon");
        UUID read = message(owner, MARCH_9, "Ann", "+14155550101", "Change my booking", "NORMAL", MARCH_9.plusSeconds(7200));
        UUID urgent = message(owner, MARCH_9.plusSeconds(3600), "Bo", "415 555 0102, evenings", "Allergic reaction", "URGENT", null);

        Answer answer = owner.get("api/messages");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject page = answer.object();
        assertThat(CallsApiIT.ids(page)).containsExactly(urgent.toString(), read.toString());
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getInt("unreadCount")).isEqualTo(1);
        assertThat(page.containsKey("nextCursor")).isFalse();
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("callerName")).isEqualTo("Bo");
        assertThat(first.getString("callbackNumber")).isEqualTo("415 555 0102, evenings");
        assertThat(first.containsKey("callbackNumberE164")).isFalse();
        assertThat(first.getString("reason")).isEqualTo("Allergic reaction");
        assertThat(first.getString("urgency")).isEqualTo("URGENT");
        assertThat(first.getBoolean("read")).isFalse();
        assertThat(first.getString("createdAt")).isEqualTo("2026-03-09T16:01:00Z");
        assertThat(first.getString("callId")).isNotBlank();

        JsonObject detail = owner.get("api/messages/" + read).object();
        assertThat(detail.getString("callbackNumberE164")).isEqualTo("+14155550101");
        assertThat(detail.getBoolean("read")).isTrue();
        assertThat(detail.getString("readAt")).isEqualTo("2026-03-09T17:00:00Z");
        assertThat(owner.get("api/messages/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(owner.get("api/messages/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void markingReadAndUnreadIsIdempotentAndMovesTheUnreadCount() throws Exception {
        Owner owner = api.signUp("Idempotent Vet");
        UUID id = message(owner, MARCH_9, "Cy", "+14155550103", "Dog ate chocolate", "URGENT", null);
        message(owner, MARCH_9.plusSeconds(60), "Di", "+14155550104", "Cat food order", "LOW", null);

        Answer firstRead = owner.patch("api/messages/" + id + "/read", null);
        assertThat(firstRead.status()).as(firstRead.body()).isEqualTo(200);
        String readAt = firstRead.object().getString("readAt");
        assertThat(firstRead.object().getBoolean("read")).isTrue();
        assertThat(unreadCount(owner)).isEqualTo(1);

        Answer again = owner.patch("api/messages/" + id + "/read", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.object().getString("readAt")).as("the first read time stays").isEqualTo(readAt);
        assertThat(unreadCount(owner)).isEqualTo(1);

        Answer unread = owner.patch("api/messages/" + id + "/unread", null);
        assertThat(unread.status()).isEqualTo(200);
        assertThat(unread.object().getBoolean("read")).isFalse();
        assertThat(unread.object().containsKey("readAt")).isFalse();
        assertThat(owner.patch("api/messages/" + id + "/unread", null).object().getBoolean("read")).isFalse();
        assertThat(unreadCount(owner)).isEqualTo(2);
        assertThat(rows.readAt(id)).isNull();

        Answer byBody = owner.patch("api/messages/" + id, "{\"read\": true}");
        assertThat(byBody.status()).as(byBody.body()).isEqualTo(200);
        assertThat(byBody.object().getBoolean("read")).isTrue();
        assertThat(owner.patch("api/messages/" + id, "{\"read\": true}").object().getString("readAt"))
                .isEqualTo(byBody.object().getString("readAt"));
        assertThat(unreadCount(owner)).isEqualTo(1);
        assertThat(owner.patch("api/messages/" + id, "{\"read\": false}").object().getBoolean("read")).isFalse();

        Answer missing = owner.patch("api/messages/" + id, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("read");
        assertThat(owner.patch("api/messages/" + id, "{\"read\": true, \"starred\": true}").status())
                .as("unknown fields are refused").isEqualTo(400);
        assertThat(owner.patch("api/messages/" + UUID.randomUUID() + "/read", null).status()).isEqualTo(404);
    }

    @Test
    void filtersUnreadUrgencyAndDates() throws Exception {
        Owner owner = api.signUp("Filtering Clinic");
        // 2026-03-10 in New York is 04:00Z to 04:00Z the next day; messages are taken when their call ends (+60 s)
        UUID readUrgent = message(owner, Instant.parse("2026-03-10T03:58:00Z"), "Ed", "+14155550105", "Pain", "URGENT",
                Instant.parse("2026-03-10T05:00:00Z"));
        UUID unreadLow = message(owner, Instant.parse("2026-03-10T03:59:00Z"), "Fay", "+14155550106", "Hours?", "LOW", null);
        UUID unreadUrgent = message(owner, Instant.parse("2026-03-10T12:00:00Z"), "Gus", "+14155550107", "Bleeding", "URGENT", null);

        assertThat(listed(owner, "unread=true")).containsExactly(unreadUrgent.toString(), unreadLow.toString());
        assertThat(listed(owner, "unread=false")).hasSize(3);
        assertThat(listed(owner, "urgency=urgent")).containsExactly(unreadUrgent.toString(), readUrgent.toString());
        assertThat(listed(owner, "urgency=LOW")).containsExactly(unreadLow.toString());
        assertThat(listed(owner, "unread=true&urgency=URGENT")).containsExactly(unreadUrgent.toString());
        assertThat(listed(owner, "from=2026-03-10&to=2026-03-10")).containsExactly(unreadUrgent.toString(), unreadLow.toString());
        assertThat(listed(owner, "to=2026-03-10T04:00:00Z")).containsExactly(readUrgent.toString());
        assertThat(listed(owner, "to=2026-03-10T04:00:01Z")).containsExactly(unreadLow.toString(), readUrgent.toString());
        JsonObject unreadOnly = owner.get("api/messages?unread=true&urgency=LOW").object();
        assertThat(unreadOnly.getInt("total")).isEqualTo(1);
        assertThat(unreadOnly.getInt("unreadCount")).as("all unread messages, whatever the filter").isEqualTo(2);

        assertThat(CallsApiIT.badRequest(owner, "api/messages?unread=yes")).containsExactly("unread");
        assertThat(CallsApiIT.badRequest(owner, "api/messages?urgency=HIGH")).containsExactly("urgency");
        assertThat(CallsApiIT.badRequest(owner, "api/messages?from=tomorrow&limit=0&cursor=x"))
                .containsExactlyInAnyOrder("from", "limit", "cursor");
        assertThat(CallsApiIT.badRequest(owner, "api/messages?from=2026-03-11&to=2026-03-10")).containsExactly("to");
    }

    @Test
    void pagesWalkEveryMessageOnce() throws Exception {
        Owner owner = api.signUp("Paging Lawyer");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, message(owner, MARCH_9.plusSeconds(600L * i), "Client " + i, "+14155550120", "Call back",
                    "NORMAL", null).toString());
        }

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = owner.get("api/messages?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).object();
            assertThat(page.getInt("total")).isEqualTo(5);
            assertThat(page.getInt("unreadCount")).isEqualTo(5);
            walked.addAll(CallsApiIT.ids(page));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        assertThat(walked).isEqualTo(newestFirst);
        assertThat(owner.get("api/messages?limit=5").object().containsKey("nextCursor")).isFalse();
        assertThat(owner.get("api/messages?limit=500").object().getJsonArray("items")).hasSize(5);
    }

    @Test
    void exportIsQuotedCsvGuardedAgainstFormulas() throws Exception {
        Owner owner = api.signUp("Export Locksmith");
        UUID plain = message(owner, MARCH_9, "O'Brien, Pat", "+14155550130", "Locked out, \"urgent\"\nback door", "URGENT", null);
        UUID formula = message(owner, MARCH_9.plusSeconds(60), "=cmd|' /C calc'!A0", "-1 555", "+ add me", "LOW",
                MARCH_9.plusSeconds(3600));

        Answer export = owner.get("api/messages/export", "text/csv");

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"tavari-messages-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<List<String>> records = CsvRecords.parse(export.body());
        assertThat(records.get(0)).containsExactly("id", "createdAt", "callerName", "callbackNumber", "callerEmail",
                "reason", "urgency", "read", "readAt", "callId");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).subList(0, 9)).containsExactly(formula.toString(), "2026-03-09T15:02:00Z",
                "'=cmd|' /C calc'!A0", "'-1 555", "", "'+ add me", "LOW", "true", "2026-03-09T16:00:00Z");
        assertThat(records.get(2).subList(0, 8)).containsExactly(plain.toString(), "2026-03-09T15:01:00Z", "O'Brien, Pat",
                "+14155550130", "", "Locked out, \"urgent\"\nback door", "URGENT", "false");

        List<List<String>> unread = CsvRecords.parse(owner.get("api/messages/export?unread=true", "text/csv").body());
        assertThat(unread).hasSize(2);
        assertThat(unread.get(1).get(0)).isEqualTo(plain.toString());
        assertThat(CsvRecords.parse(owner.get("api/messages?urgency=LOW", "text/csv").body())).hasSize(2);
    }

    private static UUID message(Owner owner, Instant callStart, String name, String callback, String reason,
                                String urgency, Instant readAt) throws SQLException {
        OwnerRows.NewCall call = rows.call(owner.businessId(), callStart).seconds(60).outcome("MESSAGE_TAKEN").intent("MESSAGE")
                .message(name, callback, reason, urgency).messageReadAt(readAt);
        call.insert();
        return call.messageId();
    }

    private static int unreadCount(Owner owner) {
        return owner.get("api/messages").object().getInt("unreadCount");
    }

    private static List<String> listed(Owner owner, String query) {
        Answer answer = owner.get("api/messages?" + query);
        assertThat(answer.status()).as(query + " -> " + answer.body()).isEqualTo(200);
        return CallsApiIT.ids(answer.object());
    }
}
