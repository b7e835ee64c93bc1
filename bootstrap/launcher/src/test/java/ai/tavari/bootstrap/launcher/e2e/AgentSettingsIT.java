package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.assertErrors;
import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.completeWizard;
import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agent settings over HTTP: the whole configuration, replaced or changed in part, with the wizard's rules. */
@ExtendWith(RunningTavari.class)
class AgentSettingsIT {
    private static OwnerApi api;

    @BeforeAll
    static void connect(TavariServer tavari) {
        api = new OwnerApi(tavari);
    }

    @Test
    void aNewOwnerSeesTheDefaultAgentAndTheInstructionsItWouldGet() {
        Owner owner = api.signUp("Default Shop");

        JsonObject agent = ok(owner.get("api/agents"));

        assertThat(agent.getString("agentName")).isEqualTo("Ava");
        assertThat(agent.getString("voice")).isEqualTo("marin");
        assertThat(agent.getString("language")).isEqualTo("en-US");
        assertThat(agent.getBoolean("live")).isFalse();
        assertThat(agent.getJsonArray("faqs")).isEmpty();
        JsonObject hours = agent.getJsonObject("hours");
        assertThat(hours.getString("timeZone")).isEqualTo("America/New_York");
        assertThat(hours.getString("afterHours")).isEqualTo("TAKE_MESSAGE");
        assertThat(hours.getJsonObject("weekly").getJsonArray("monday").getJsonObject(0).getString("closes"))
                .isEqualTo("17:00");
        assertThat(hours.getJsonObject("weekly").getJsonArray("sunday")).isEmpty();
        assertThat(agent.getJsonObject("messageSettings").getString("transferWhen")).isEqualTo("NEVER");
        assertThat(agent.getString("instructionsPreview"))
                .startsWith("You are Ava, the phone receptionist of Default Shop.")
                .contains("Opening hours: Monday to Friday 9 AM to 5 PM, closed Saturday and Sunday.")
                .contains("- get_business_hours: ", "- answer_faq: ", "- take_message: ", "- transfer_call: ",
                        "- end_call: ");
    }

    @Test
    void whatGetAnswersCanBeEditedAndPutBackWhole() {
        Owner owner = api.signUp("Round Trip");
        completeWizard(owner);
        JsonObject agent = ok(owner.get("api/agents"));
        JsonObject edited = Json.createObjectBuilder(agent)
                .add("agentName", "Theo")
                .add("faqs", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("question", "Are dogs welcome?").add("answer", "Yes, on a leash.")))
                .build();

        JsonObject replaced = ok(owner.put("api/agents", edited.toString()));

        assertThat(replaced.getString("agentName")).isEqualTo("Theo");
        assertThat(replaced.getJsonArray("faqs")).hasSize(1);
        assertThat(replaced.getJsonObject("hours")).isEqualTo(agent.getJsonObject("hours"));
        assertThat(replaced.getJsonObject("messageSettings")).isEqualTo(agent.getJsonObject("messageSettings"));
        assertThat(replaced.getString("instructionsPreview")).contains("You are Theo").contains("Are dogs welcome?")
                .doesNotContain("Do you have parking?");
        assertThat(withoutPreview(ok(owner.get("api/agents")))).isEqualTo(withoutPreview(replaced));
    }

    @Test
    void putReplacesStepsTwoToFiveAndMarksThemSaved() {
        Owner owner = api.signUp("Put Shop");

        JsonObject agent = ok(owner.put("api/agents", fullAgent("Nora", "DURING_OPEN_HOURS")));

        assertThat(agent.getJsonObject("messageSettings").getString("transferNumber")).isEqualTo("+14155550188");
        assertThat(agent.getJsonObject("messageSettings").getString("transferWhen")).isEqualTo("DURING_OPEN_HOURS");
        assertThat(agent.getJsonObject("hours").getString("timeZone")).isEqualTo("America/Denver");
        assertThat(ok(owner.get("api/auth/me")).getJsonObject("business").getString("timeZone"))
                .isEqualTo("America/Denver");
        JsonObject status = ok(owner.get("api/setup/status"));
        assertThat(status.getInt("completedSteps")).isEqualTo(4);
        assertThat(status.getInt("nextStep")).isEqualTo(1);
    }

    @Test
    void putNeedsEveryPartAndNamesNestedFieldsByTheirPath() {
        Owner owner = api.signUp("Bad Put");

        assertErrors(owner.put("api/agents", """
                {"agentName":"Nora","greeting":"Hi","voice":"marin","language":"en-US"}"""),
                "hours", "faqs", "messageSettings");
        assertErrors(owner.put("api/agents", """
                {"agentName":"Nora","greeting":"Hi","voice":"whisper","language":"en-US",
                 "hours":{"weekly":{"monday":[{"opens":"09:00","closes":"26:00"}]},"afterHours":"TAKE_MESSAGE"},
                 "faqs":[{"question":"Parking?","answer":"Yes."},{"question":"parking","answer":"No."}],
                 "messageSettings":{"fieldsToCollect":["REASON"],"smsNumber":"12"}}"""),
                "voice", "hours.weekly.monday[0].closes", "faqs[1].question", "messageSettings.smsNumber");
        assertErrors(owner.put("api/agents", fullAgent("Nora", "NEVER").replace("\"TAKE_MESSAGE\"", "\"TRANSFER\"")
                .replace("\"transferNumber\":\"(415) 555-0188\",", "")), "hours.afterHours");
    }

    @Test
    void patchChangesOnlyTheMembersGiven() {
        Owner owner = api.signUp("Patch Shop");
        completeWizard(owner);
        JsonObject before = ok(owner.get("api/agents"));

        JsonObject patched = ok(owner.patch("api/agents", """
                {"voice":"sage","faqs":[{"question":"Gift cards?","answer":"Yes, any amount."}]}"""));

        assertThat(patched.getString("voice")).isEqualTo("sage");
        assertThat(patched.getJsonArray("faqs")).hasSize(1);
        for (String unchanged : List.of("agentName", "greeting", "language", "instructions", "hours", "messageSettings")) {
            assertThat(patched.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(withoutPreview(ok(owner.patch("api/agents", "{}")))).isEqualTo(withoutPreview(patched));
    }

    @Test
    void patchUsesTheSameRules() {
        Owner owner = api.signUp("Bad Patch");

        assertErrors(owner.patch("api/agents", """
                {"voice":"robot","agentName":"","messageSettings":{"fieldsToCollect":["NOPE"]}}"""),
                "voice", "agentName", "messageSettings.fieldsToCollect[0]");
        Answer unknown = owner.patch("api/agents", "{\"mood\":\"happy\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.object().getString("type")).isEqualTo("/problems/malformed-request");
        assertThat(owner.put("api/agents", null).status()).isEqualTo(400);
    }

    @Test
    void theAgentEndpointsNeedALogIn() {
        assertThat(api.anonymous("GET", "api/agents", null).status()).isEqualTo(401);
        assertThat(api.anonymous("PUT", "api/agents", "{}").status()).isEqualTo(401);
        assertThat(api.anonymous("PATCH", "api/agents", "{}").status()).isEqualTo(401);
    }

    /** The preview names the current time, so two reads a moment apart may differ in it alone. */
    static JsonObject withoutPreview(JsonObject agent) {
        return Json.createObjectBuilder(agent).remove("instructionsPreview").build();
    }

    static String fullAgent(String agentName, String transferWhen) {
        return """
                {"agentName":"%s","greeting":"Hello, %s speaking.","voice":"ash","language":"en-US",
                 "instructions":"Speak slowly.",
                 "hours":{"timeZone":"America/Denver","weekly":{"monday":[{"opens":"08:00","closes":"16:00"}]},
                          "afterHours":"TAKE_MESSAGE"},
                 "faqs":[{"question":"Do you deliver?","answer":"Within five miles."}],
                 "messageSettings":{"fieldsToCollect":["CALLER_NAME","REASON"],"notificationEmail":"nora@shop.example",
                                    "transferNumber":"(415) 555-0188","transferWhen":"%s","country":"US"}}"""
                .formatted(agentName, agentName, transferWhen);
    }
}
