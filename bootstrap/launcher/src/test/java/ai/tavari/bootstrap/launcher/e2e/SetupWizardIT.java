package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.businessInfo;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.faqs;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.greetingAndVoice;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.hours;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.messageSettings;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The setup wizard over HTTP, from a fresh sign-up to a live agent, with its validation. */
@ExtendWith(RunningTavari.class)
class SetupWizardIT {
    private static OwnerApi api;
    private static TavariServer server;

    @BeforeAll
    static void connect(TavariServer tavari) {
        api = new OwnerApi(tavari);
        server = tavari;
    }

    @Test
    void aFreshOwnerWalksTheWizardToALiveAgent() {
        Owner owner = api.signUp("Bella Hair");

        JsonObject fresh = ok(owner.get("api/setup/status"));
        assertThat(fresh.getInt("nextStep")).isEqualTo(1);
        assertThat(fresh.getInt("completedSteps")).isZero();
        assertThat(fresh.getBoolean("live")).isFalse();
        assertThat(fresh.getBoolean("canFinalize")).isFalse();
        assertThat(fresh.getJsonArray("steps").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("key"))
                .containsExactly("businessInfo", "greetingAndVoice", "hours", "faqs", "messageSettings");
        assertThat(missingFields(fresh)).containsExactly("step1", "step1.phone", "step2", "step3", "step4", "step5",
                "step5.notificationEmail");

        JsonObject afterStep1 = ok(owner.post("api/setup/step1", businessInfo()));
        assertThat(afterStep1.getInt("completedSteps")).isEqualTo(1);
        assertThat(afterStep1.getInt("nextStep")).isEqualTo(2);
        assertThat(step(afterStep1, 1).getBoolean("complete")).isTrue();

        JsonObject afterStep2 = ok(owner.post("api/setup/step2", greetingAndVoice()));
        assertThat(afterStep2.getInt("nextStep")).isEqualTo(3);

        JsonObject afterStep3 = ok(owner.post("api/setup/step3", hours()));
        assertThat(afterStep3.getInt("nextStep")).isEqualTo(4);

        JsonObject afterStep4 = ok(owner.post("api/setup/step4", faqs()));
        assertThat(afterStep4.getInt("nextStep")).isEqualTo(5);
        assertThat(afterStep4.getBoolean("canFinalize")).isFalse();

        JsonObject afterStep5 = ok(owner.post("api/setup/step5", messageSettings()));
        assertThat(afterStep5.getInt("completedSteps")).isEqualTo(5);
        assertThat(afterStep5.containsKey("nextStep")).isFalse();
        assertThat(afterStep5.getBoolean("canFinalize")).isTrue();
        assertThat(afterStep5.getBoolean("live")).isFalse();
        assertThat(missingFields(afterStep5)).isEmpty();

        JsonObject live = ok(owner.post("api/setup/finalize", null));
        assertThat(live.getBoolean("live")).isTrue();
        assertThat(live.getString("finalizedAt")).isNotBlank();
        assertThat(ok(owner.get("api/setup/status")).getBoolean("live")).isTrue();
        JsonObject forwarding = live.getJsonObject("forwarding");
        assertThat(forwarding.getString("state")).as("this server has no Voximplant credentials")
                .isEqualTo("NOT_CONFIGURED");
        assertThat(forwarding.containsKey("number")).as("and no shared number").isFalse();
        assertThat(forwarding.getString("instructions")).contains("not configured");

        JsonObject agent = ok(owner.get("api/agents"));
        assertThat(agent.getBoolean("live")).isTrue();
        assertThat(agent.getString("agentName")).isEqualTo("Mia");
        assertThat(agent.getJsonObject("hours").getString("timeZone")).isEqualTo("America/Los_Angeles");
        assertThat(agent.getJsonObject("messageSettings").getString("smsNumber")).isEqualTo("+14155550199");
        assertThat(agent.getString("instructionsPreview")).contains("You are Mia, the phone receptionist of Bella Hair");
    }

    @Test
    void stepsCanBeSavedInAnyOrderUnderEitherPath() {
        Owner owner = api.signUp("Any Order");

        ok(owner.post("api/setup/steps/5", messageSettings()));
        ok(owner.post("api/setup/steps/3", hours()));
        ok(owner.post("api/setup/steps/4", faqs()));
        ok(owner.post("api/setup/steps/2", greetingAndVoice()));
        JsonObject status = ok(owner.post("api/setup/steps/1", businessInfo()));

        assertThat(status.getInt("completedSteps")).isEqualTo(5);
        assertThat(ok(owner.post("api/setup/finalize", null)).getBoolean("live")).isTrue();
    }

    @Test
    void stepOneNormalisesThePhoneNumberInTheOwnersCountry() {
        Owner owner = api.signUp("Phones");

        ok(owner.post("api/setup/step1", businessInfo("Phones", "(415) 555-0123", "US", "Europe/Berlin")));
        assertThat(business(owner).getString("phone")).isEqualTo("+14155550123");

        ok(owner.post("api/setup/step1", businessInfo("Phones", "030 1234567", null, "Europe/Berlin")));
        assertThat(business(owner).getString("phone")).isEqualTo("+49301234567");

        ok(owner.post("api/setup/step1", businessInfo("Phones", "+44 20 7946 0958", null, "America/Chicago")));
        assertThat(business(owner).getString("phone")).isEqualTo("+442079460958");
        assertThat(business(owner).getString("timeZone")).isEqualTo("America/Chicago");
    }

    @Test
    void changingTheTimeZoneMovesTheHoursWithIt() {
        Owner owner = api.signUp("Moving");
        ok(owner.post("api/setup/step3", hours()));

        JsonObject status = ok(owner.post("api/setup/step1", businessInfo("Moving", "(415) 555-0123", "US", "Asia/Tokyo")));

        assertThat(step(status, 3).getBoolean("complete")).isTrue();
        JsonObject hours = ok(owner.get("api/agents")).getJsonObject("hours");
        assertThat(hours.getString("timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(hours.getJsonObject("weekly").getJsonArray("monday").getJsonObject(0).getString("opens"))
                .isEqualTo("09:00");
    }

    @Test
    void savingTheSameStepAgainChangesNothing() throws Exception {
        Owner owner = api.signUp("Idempotent");
        JsonObject first = ok(owner.post("api/setup/step3", hours()));
        long version = agentVersion(owner);

        JsonObject second = ok(owner.post("api/setup/step3", hours()));
        JsonObject third = ok(owner.post("api/setup/steps/3", hours()));

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(agentVersion(owner)).isEqualTo(version);
    }

    @Test
    void aStepCanBeChangedBySavingItAgain() {
        Owner owner = api.signUp("Resave");
        ok(owner.post("api/setup/step2", greetingAndVoice("Mia", "coral")));

        ok(owner.post("api/setup/step2", greetingAndVoice("Theo", "verse")));

        JsonObject agent = ok(owner.get("api/agents"));
        assertThat(agent.getString("agentName")).isEqualTo("Theo");
        assertThat(agent.getString("voice")).isEqualTo("verse");
    }

    @Test
    void finalizingAnIncompleteSetupNamesWhatIsMissingPerStep() {
        Owner owner = api.signUp("Too Soon");
        ok(owner.post("api/setup/step2", greetingAndVoice()));

        Answer refused = owner.post("api/setup/finalize", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("type")).isEqualTo("/problems/validation");
        assertThat(refused.errorFields()).containsExactly("step1", "step1.phone", "step3", "step4", "step5",
                "step5.notificationEmail");
        assertThat(ok(owner.get("api/setup/status")).getBoolean("live")).isFalse();
    }

    @Test
    void finalizingAgainKeepsTheAgentLiveSinceTheFirstTime() {
        Owner owner = api.signUp("Twice");
        completeWizard(owner);

        String first = ok(owner.post("api/setup/finalize", null)).getString("finalizedAt");
        String second = ok(owner.post("api/setup/finalize", null)).getString("finalizedAt");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void badPhoneNumbersAreFieldErrors() {
        Owner owner = api.signUp("Bad Phones");

        assertErrors(owner.post("api/setup/step1", businessInfo("Bad Phones", "12345", "US", "America/New_York")), "phone");
        assertErrors(owner.post("api/setup/step1", businessInfo("Bad Phones", "call me maybe", null, "America/New_York")),
                "phone");
        assertErrors(owner.post("api/setup/step1", businessInfo("Bad Phones", "415 555 0123", "ZZ", "Etc/UTC")),
                "country");
        assertErrors(owner.post("api/setup/step1", businessInfo("Bad Phones", "415 555 0123", "USA", "Etc/UTC")),
                "country");
        assertErrors(owner.post("api/setup/step5", """
                {"fieldsToCollect":["REASON"],"smsNumber":"555","transferNumber":"x","transferWhen":"ALWAYS"}"""),
                "smsNumber", "transferNumber");
    }

    @Test
    void badTimeZonesAndMissingFieldsAreReportedTogether() {
        Owner owner = api.signUp("Bad Zone");

        assertErrors(owner.post("api/setup/step1", """
                {"name":" ","phone":"(415) 555-0123","country":"US","timeZone":"Mars/Olympus_Mons"}"""),
                "name", "timeZone");
        assertErrors(owner.post("api/setup/step1", """
                {"phone":"(415) 555-0123","country":"US","timeZone":"+02:00"}"""), "name", "timeZone");
    }

    @Test
    void badVoiceAndLanguageAreFieldErrors() {
        Owner owner = api.signUp("Bad Voice");

        assertErrors(owner.post("api/setup/step2", """
                {"agentName":"Mia","greeting":"Hello!","voice":"robot","language":"english please"}"""),
                "voice", "language");
    }

    @Test
    void badHoursNameTheDayAndPosition() {
        Owner owner = api.signUp("Bad Hours");

        assertErrors(owner.post("api/setup/step3", """
                {"weekly":{"monday":[{"opens":"09:00","closes":"13:00"},{"opens":"12:00","closes":"18:00"}]},
                 "afterHours":"TAKE_MESSAGE"}"""), "weekly.monday[1]");
        assertErrors(owner.post("api/setup/step3", """
                {"weekly":{"sunday":[{"opens":"22:00","closes":"03:00"}],"monday":[{"opens":"02:00","closes":"10:00"}]},
                 "afterHours":"TAKE_MESSAGE"}"""), "weekly.sunday[0]");
        assertErrors(owner.post("api/setup/step3", """
                {"weekly":{"tuesday":[{"opens":"09:00","closes":"17:00"},{"opens":"18:00","closes":"25:00"}]},
                 "holidays":[{"date":"25.12.2026"}],"afterHours":"SOMETIMES"}"""),
                "weekly.tuesday[1].closes", "holidays[0].date", "afterHours");
        assertErrors(owner.post("api/setup/step3", """
                {"timeZone":"Nowhere/Town","weekly":{},"afterHours":"TAKE_MESSAGE"}"""), "timeZone");
        assertErrors(owner.post("api/setup/step3", """
                {"weekly":{},"holidays":[{"date":"2026-12-25"},{"date":"2026-12-25"}],"afterHours":"TAKE_MESSAGE"}"""),
                "holidays[1].date");
    }

    @Test
    void anAfterHoursTransferNeedsATransferNumber() {
        Owner owner = api.signUp("After Hours");

        assertErrors(owner.post("api/setup/step3", hours("TRANSFER")), "afterHours");

        ok(owner.post("api/setup/step1", businessInfo()));
        JsonObject status = ok(owner.post("api/setup/step3", hours("TRANSFER")));
        assertThat(step(status, 3).getBoolean("complete")).isTrue();
        assertThat(ok(owner.get("api/agents")).getJsonObject("messageSettings").getString("transferNumber"))
                .isEqualTo("+14155550123");
    }

    @Test
    void faqsAreCappedAtFiveAndNeverRepeated() {
        Owner owner = api.signUp("Bad FAQs");
        StringBuilder six = new StringBuilder("{\"faqs\":[");
        for (int i = 1; i <= 6; i++) {
            six.append(i > 1 ? "," : "").append("{\"question\":\"Question ").append(i).append("?\",\"answer\":\"Yes.\"}");
        }

        assertErrors(owner.post("api/setup/step4", six.append("]}").toString()), "faqs");
        assertErrors(owner.post("api/setup/step4", """
                {"faqs":[{"question":"Do you have parking?","answer":"Yes."},
                         {"question":"do you have PARKING","answer":"No."}]}"""), "faqs[1].question");
        assertErrors(owner.post("api/setup/step4", """
                {"faqs":[{"question":"Parking?","answer":"Yes."},{"question":"Pets?","answer":"Yes."},
                         {"question":" ","answer":"No."}]}"""), "faqs[2].question");
        assertThat(ok(owner.post("api/setup/step4", "{\"faqs\":[]}")).getJsonArray("steps").getJsonObject(3)
                .getBoolean("complete")).isTrue();
    }

    @Test
    void badMessageSettingsNameTheirFields() {
        Owner owner = api.signUp("Bad Messages");

        assertErrors(owner.post("api/setup/step5", """
                {"fieldsToCollect":["CALLER_NAME","SHOE_SIZE"],"notificationEmail":"not-an-email",
                 "urgentKeywords":["fire"," "],"transferWhen":"SOMETIMES"}"""),
                "fieldsToCollect[1]", "notificationEmail", "urgentKeywords[1]", "transferWhen");
        assertErrors(owner.post("api/setup/step5", "{\"fieldsToCollect\":[]}"), "fieldsToCollect");
    }

    @Test
    void malformedOrMissingBodiesAndUnknownFieldsAreRefused() {
        Owner owner = api.signUp("Malformed");

        for (String body : List.of("", "{not json", "[1,2]", "{\"faqs\":\"many\"}", "{\"faqs\":[],\"extra\":1}")) {
            Answer answer = owner.post("api/setup/step4", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(owner.post("api/setup/step4", null).status()).isEqualTo(400);
        assertThat(owner.post("api/setup/step3", """
                {"weekly":{"funday":[]},"afterHours":"TAKE_MESSAGE"}""").status()).isEqualTo(400);
        assertThat(owner.post("api/setup/steps/6", faqs()).status()).isEqualTo(404);
    }

    @Test
    void everySetupEndpointNeedsALogIn() {
        for (String path : List.of("api/setup/status", "api/setup/step1", "api/setup/steps/2", "api/setup/finalize")) {
            Answer answer = api.anonymous(path.endsWith("status") ? "GET" : "POST", path, path.endsWith("status") ? null : "{}");
            assertThat(answer.status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void concurrentSavesOfOneStepEitherSucceedOrConflict() throws Exception {
        Owner owner = api.signUp("Race");
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String name = "Agent" + i + UUID.randomUUID().toString().substring(0, 4);
                names.add(name);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return owner.post("api/setup/step2", greetingAndVoice(name, "sage")).status();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(200, 409).contains(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(names).contains(ok(owner.get("api/agents")).getString("agentName"));
    }

    static void completeWizard(Owner owner) {
        ok(owner.post("api/setup/step1", businessInfo()));
        ok(owner.post("api/setup/step2", greetingAndVoice()));
        ok(owner.post("api/setup/step3", hours()));
        ok(owner.post("api/setup/step4", faqs()));
        ok(owner.post("api/setup/step5", messageSettings()));
    }

    static JsonObject ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    static void assertErrors(Answer answer, String... fields) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.object().getString("type")).as(answer.body()).isEqualTo("/problems/validation");
        assertThat(answer.errorFields()).as(answer.body()).containsExactlyInAnyOrder(fields);
    }

    private static JsonObject step(JsonObject status, int number) {
        return status.getJsonArray("steps").getJsonObject(number - 1);
    }

    private static List<String> missingFields(JsonObject status) {
        return status.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .flatMap(step -> step.getJsonArray("missing").getValuesAs(JsonObject.class).stream())
                .map(missing -> missing.getString("field"))
                .toList();
    }

    private static JsonObject business(Owner owner) {
        return ok(owner.get("api/auth/me")).getJsonObject("business");
    }

    private static long agentVersion(Owner owner) throws Exception {
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement query = db.prepareStatement("SELECT version FROM ai_agents WHERE business_id = ?::uuid")) {
            query.setString(1, owner.businessId());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
