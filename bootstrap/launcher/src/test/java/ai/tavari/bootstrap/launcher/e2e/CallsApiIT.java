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

/**
 * The call list, its filters and pages, one call's details and the CSV export, over HTTP against
 * the real server. Calls are written straight into its database, as the call pipeline would.
 */
@ExtendWith(RunningTavari.class)
class CallsApiIT {
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
    void listsNewestFirstAndShowsOneCallInFull() throws Exception {
        Owner owner = api.signUp("Corner Bakery");
        UUID older = rows.call(owner.businessId(), MARCH_9).seconds(61).outcome("COMPLETED").intent("HOURS")
                .summary("Asked about Sunday hours.").insert();
        OwnerRows.NewCall withMessage = rows.call(owner.businessId(), MARCH_9.plusSeconds(3600)).seconds(95)
                .caller("+14155550177").outcome("MESSAGE_TAKEN").intent("MESSAGE").summary("Wants a cake for Saturday.")
                .turn("AGENT", "Thanks for calling Corner Bakery!").turn("CALLER", "I'd like to order a cake.")
                .turn("AGENT", "I'll take a message.")
                .recording("https://recordings.example/cake.mp3")
                .message("Maya", "+1 415 555 0177", "Birthday cake for Saturday", "NORMAL");
        UUID newer = withMessage.insert();

        Answer list = owner.get("api/calls");

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonObject page = list.object();
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.containsKey("nextCursor")).isFalse();
        assertThat(ids(page)).containsExactly(newer.toString(), older.toString());
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("startedAt")).isEqualTo("2026-03-09T16:00:00Z");
        assertThat(first.getString("callerNumber")).isEqualTo("+14155550177");
        assertThat(first.getInt("durationSeconds")).isEqualTo(95);
        assertThat(first.getInt("billableMinutes")).isEqualTo(2);
        assertThat(first.getString("outcome")).isEqualTo("MESSAGE_TAKEN");
        assertThat(first.getString("intent")).isEqualTo("MESSAGE");
        assertThat(first.getString("summary")).isEqualTo("Wants a cake for Saturday.");
        assertThat(first.getBoolean("hasMessage")).isTrue();
        assertThat(first.getString("messageId")).isEqualTo(withMessage.messageId().toString());
        assertThat(first.containsKey("transcript")).as("the list leaves transcripts out").isFalse();
        assertThat(page.getJsonArray("items").getJsonObject(1).getBoolean("hasMessage")).isFalse();

        Answer detail = owner.get("api/calls/" + newer);

        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        JsonObject call = detail.object();
        assertThat(call.getString("id")).isEqualTo(newer.toString());
        assertThat(call.getString("answeredAt")).isEqualTo("2026-03-09T16:00:00Z");
        assertThat(call.getString("endedAt")).isEqualTo("2026-03-09T16:01:35Z");
        assertThat(call.getInt("durationSeconds")).isEqualTo(95);
        assertThat(call.getString("outcome")).isEqualTo("MESSAGE_TAKEN");
        assertThat(call.getString("intent")).isEqualTo("MESSAGE");
        assertThat(call.getString("summary")).isEqualTo("Wants a cake for Saturday.");
        assertThat(call.getString("recordingUrl")).isEqualTo("https://recordings.example/cake.mp3");
        assertThat(call.getJsonArray("transcript").getValuesAs(JsonObject.class))
                .extracting(turn -> turn.getString("speaker") + ": " + turn.getString("text"))
                .containsExactly("AGENT: Thanks for calling Corner Bakery!", "CALLER: I'd like to order a cake.",
                        "AGENT: I'll take a message.");
        JsonObject message = call.getJsonObject("message");
        assertThat(message.getString("id")).isEqualTo(withMessage.messageId().toString());
        assertThat(message.getString("callerName")).isEqualTo("Maya");
        assertThat(message.getString("callbackNumber")).isEqualTo("+1 415 555 0177");
        assertThat(message.getString("reason")).isEqualTo("Birthday cake for Saturday");
        assertThat(message.getBoolean("read")).isFalse();
        assertThat(owner.get("api/calls/" + older).object().containsKey("recordingUrl")).isFalse();
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        Owner owner = api.signUp("Nobody Calls");

        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            Answer answer = owner.get("api/calls/" + id);
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertThat(answer.object().getString("type")).isEqualTo("/problems/not-found");
        }
        assertThat(api.anonymous("GET", "api/calls", null).status()).isEqualTo(401);
        assertThat(api.anonymous("GET", "api/calls/" + UUID.randomUUID(), null).status()).isEqualTo(401);
    }

    @Test
    void everyFilterOnItsOwnAndTogether() throws Exception {
        Owner owner = api.signUp("Filter Plumbing");
        String business = owner.businessId();
        // 2026-03-10 in New York (the default time zone, UTC-4 since March 8) is 04:00Z to 04:00Z the next day
        UUID lateOn9th = rows.call(business, Instant.parse("2026-03-10T03:59:59Z")).outcome("COMPLETED").intent("HOURS").insert();
        UUID early10th = rows.call(business, Instant.parse("2026-03-10T04:00:00Z")).outcome("CALLER_HUNG_UP").intent("FAQ").insert();
        UUID mid10th = rows.call(business, Instant.parse("2026-03-10T18:00:00Z")).outcome("MESSAGE_TAKEN").intent("MESSAGE")
                .message("Lee", "+14155550111", "Leaking pipe", "URGENT").insert();
        UUID late10th = rows.call(business, Instant.parse("2026-03-11T03:59:59Z")).outcome("TRANSFERRED").intent("TRANSFER").insert();
        UUID on11th = rows.call(business, Instant.parse("2026-03-11T04:00:00Z")).outcome("COMPLETED").intent("FAQ").insert();

        assertThat(listed(owner, "outcome=COMPLETED")).containsExactly(on11th.toString(), lateOn9th.toString());
        assertThat(listed(owner, "outcome=caller_hung_up")).containsExactly(early10th.toString());
        assertThat(listed(owner, "intent=FAQ")).containsExactly(on11th.toString(), early10th.toString());
        assertThat(listed(owner, "hasMessage=true")).containsExactly(mid10th.toString());
        assertThat(listed(owner, "hasMessage=false")).hasSize(4).doesNotContain(mid10th.toString());
        assertThat(listed(owner, "from=2026-03-10&to=2026-03-10"))
                .containsExactly(late10th.toString(), mid10th.toString(), early10th.toString());
        assertThat(listed(owner, "from=2026-03-10T04:00:00Z&to=2026-03-10T18:00:00Z")).containsExactly(early10th.toString());
        assertThat(listed(owner, "from=2026-03-10T00:00:00-04:00&to=2026-03-10T14:00:00%2B00:00"))
                .containsExactly(early10th.toString());
        assertThat(listed(owner, "from=2026-03-11")).containsExactly(on11th.toString());
        assertThat(listed(owner, "to=2026-03-09")).containsExactly(lateOn9th.toString());
        assertThat(listed(owner, "from=2026-03-10&intent=FAQ&hasMessage=false")).containsExactly(on11th.toString(),
                early10th.toString());
        assertThat(owner.get("api/calls?from=2026-03-10&to=2026-03-10&outcome=TRANSFERRED").object().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void pagesWalkEveryCallOnceWithTheTotalOnEveryPage() throws Exception {
        Owner owner = api.signUp("Paging Dentist");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, rows.call(owner.businessId(), MARCH_9.plusSeconds(60L * i)).insert().toString());
        }

        JsonObject exact = owner.get("api/calls?limit=5").object();
        assertThat(ids(exact)).isEqualTo(newestFirst);
        assertThat(exact.containsKey("nextCursor")).as("a page that ends exactly at the last call has no next").isFalse();

        List<String> walked = new ArrayList<>();
        String cursor = null;
        List<Integer> sizes = new ArrayList<>();
        do {
            JsonObject page = owner.get("api/calls?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).object();
            assertThat(page.getInt("total")).isEqualTo(5);
            walked.addAll(ids(page));
            sizes.add(page.getJsonArray("items").size());
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        assertThat(walked).isEqualTo(newestFirst);
        assertThat(sizes).containsExactly(2, 2, 1);

        JsonObject afterFour = owner.get("api/calls?limit=4").object();
        JsonObject last = owner.get("api/calls?limit=4&cursor=" + afterFour.getString("nextCursor")).object();
        assertThat(ids(last)).containsExactly(newestFirst.get(4));
        assertThat(last.containsKey("nextCursor")).isFalse();
    }

    @Test
    void limitAboveOneHundredIsCappedAndTheExportHasEveryCall() throws Exception {
        Owner owner = api.signUp("Busy Garage");
        for (int i = 0; i < 101; i++) {
            rows.call(owner.businessId(), MARCH_9.plusSeconds(i)).insert();
        }

        JsonObject page = owner.get("api/calls?limit=1000").object();
        assertThat(page.getJsonArray("items")).hasSize(100);
        assertThat(page.getInt("total")).isEqualTo(101);
        assertThat(page.getString("nextCursor")).isNotBlank();
        assertThat(owner.get("api/calls").object().getJsonArray("items")).as("default page size").hasSize(25);

        Answer export = owner.get("api/calls/export", "text/csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(CsvRecords.parse(export.body())).hasSize(102);
    }

    @Test
    void badQueryParametersAreFieldErrorsNamedAfterTheParameter() {
        Owner owner = api.signUp("Strict Florist");

        assertThat(badRequest(owner, "api/calls?limit=0")).containsExactly("limit");
        assertThat(badRequest(owner, "api/calls?limit=-3")).containsExactly("limit");
        assertThat(badRequest(owner, "api/calls?limit=ten")).containsExactly("limit");
        assertThat(badRequest(owner, "api/calls?outcome=WON")).containsExactly("outcome");
        assertThat(badRequest(owner, "api/calls?intent=GOSSIP")).containsExactly("intent");
        assertThat(badRequest(owner, "api/calls?hasMessage=maybe")).containsExactly("hasMessage");
        assertThat(badRequest(owner, "api/calls?from=yesterday")).containsExactly("from");
        assertThat(badRequest(owner, "api/calls?to=2026-02-30")).containsExactly("to");
        assertThat(badRequest(owner, "api/calls?cursor=bm90LWEtY3Vyc29y")).containsExactly("cursor");
        assertThat(badRequest(owner, "api/calls?from=2026-03-10&to=2026-03-09")).containsExactly("to");
        assertThat(badRequest(owner, "api/calls?limit=0&outcome=WON&from=soon&cursor=%21"))
                .containsExactlyInAnyOrder("limit", "outcome", "from", "cursor");
        Answer export = owner.get("api/calls/export?outcome=WON&from=2026-03-10&to=2026-03-01", "text/csv");
        assertThat(export.status()).as(export.body()).isEqualTo(400);
        assertThat(export.errorFields()).containsExactly("outcome");
        Answer emptyRange = owner.get("api/calls/export?from=2026-03-10&to=2026-03-01", "text/csv");
        assertThat(emptyRange.status()).as("checked before the download starts").isEqualTo(400);
        assertThat(emptyRange.errorFields()).containsExactly("to");
    }

    @Test
    void exportIsQuotedCsvGuardedAgainstFormulasAndFollowsTheFilters() throws Exception {
        Owner owner = api.signUp("Quote Shop");
        UUID tricky = rows.call(owner.businessId(), MARCH_9).outcome("COMPLETED").intent("OTHER")
                .summary("=HYPERLINK(\"http://evil.example\",\"click\"), then \"more\"\nsecond line").insert();
        rows.call(owner.businessId(), MARCH_9.plusSeconds(60)).outcome("CALLER_HUNG_UP").intent("OTHER")
                .caller("@SUM(1+1)").summary("Hung up.").insert();

        Answer export = owner.get("api/calls/export", "text/csv");

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"tavari-calls-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<List<String>> records = CsvRecords.parse(export.body());
        assertThat(records.get(0)).containsExactly("id", "startedAt", "endedAt", "callerNumber", "state",
                "durationSeconds", "billableMinutes", "outcome", "intent", "summary", "hasMessage", "messageId");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(3)).isEqualTo("'@SUM(1+1)");
        List<String> trickyRow = records.get(2);
        assertThat(trickyRow.get(0)).isEqualTo(tricky.toString());
        assertThat(trickyRow.get(1)).isEqualTo("2026-03-09T15:00:00Z");
        assertThat(trickyRow.get(3)).isEqualTo("+14155550123");
        assertThat(trickyRow.get(9)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\"), then \"more\"\nsecond line");
        assertThat(export.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\"), then \"\"more\"\"\nsecond line\"");

        List<List<String>> hungUp = CsvRecords.parse(owner.get("api/calls/export?outcome=CALLER_HUNG_UP", "text/csv").body());
        assertThat(hungUp).hasSize(2);
        assertThat(hungUp.get(1).get(7)).isEqualTo("CALLER_HUNG_UP");

        Answer asCsv = owner.get("api/calls?outcome=COMPLETED", "text/csv");
        assertThat(asCsv.contentType()).startsWith("text/csv");
        assertThat(CsvRecords.parse(asCsv.body())).hasSize(2);
        assertThat(owner.get("api/calls", "*/*").contentType()).as("JSON stays the default").startsWith("application/json");
    }

    static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("id")).toList();
    }

    private static List<String> listed(Owner owner, String query) {
        Answer answer = owner.get("api/calls?" + query);
        assertThat(answer.status()).as(query + " -> " + answer.body()).isEqualTo(200);
        JsonObject page = answer.object();
        assertThat(page.getInt("total")).as(query).isEqualTo(page.getJsonArray("items").size());
        return ids(page);
    }

    static List<String> badRequest(Owner owner, String path) {
        Answer answer = owner.get(path);
        assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(400);
        assertThat(answer.object().getString("type")).isEqualTo("/problems/validation");
        return answer.errorFields();
    }
}
