package ai.tavari.adapters.telephony.management;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi.Application;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScenarioDeploymentTest {
    private final FakeVoximplantApi api = FakeVoximplantApi.start();
    private final ScenarioDeployment deployment = new ScenarioDeployment(
            new VoximplantManagementClient(StubAccount.settings(api)), StubAccount.settings(api));
    private final Map<String, Optional<String>> secrets = new LinkedHashMap<>();

    ScenarioDeploymentTest() {
        secrets.put(ScenarioDeployment.SERVER_URL_SECRET, Optional.of("https://tavari.example"));
        secrets.put(ScenarioDeployment.WEBHOOK_SECRET, Optional.of("a-long-random-secret"));
    }

    @AfterEach
    void stop() {
        assertThat(api.rejectedTokens()).isEmpty();
        api.close();
    }

    @Test
    void createsTheApplicationTheScenarioARuleThatRunsItAndTheSecrets() {
        DeployReport report = deployment.deploy("// scenario v1", secrets);

        Application app = api.application("tavari").orElseThrow();
        assertThat(app.scenarios().get("tavari").script()).isEqualTo("// scenario v1");
        assertThat(app.rules().get("tavari-inbound").pattern()).isEqualTo(".*");
        assertThat(app.rules().get("tavari-inbound").scenarioNames()).containsExactly("tavari");
        assertThat(app.secrets()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TAVARI_SERVER_URL", "https://tavari.example", "TAVARI_WEBHOOK_SECRET", "a-long-random-secret"));
        assertThat(report.changes()).containsExactly(
                "created application tavari.acme.n1.voximplant.com (id " + app.id() + ")",
                "created scenario tavari (id " + app.scenarios().get("tavari").id() + ", 14 characters)",
                "created rule tavari-inbound (id " + app.rules().get("tavari-inbound").id()
                        + ", pattern .*) running scenario tavari",
                "set secret TAVARI_SERVER_URL", "set secret TAVARI_WEBHOOK_SECRET");
        assertThat(report.manualSteps()).isEmpty();
        assertThat(api.requests("AddScenario").get(0).form()).containsEntry("application_id", app.id())
                .containsEntry("scenario_name", "tavari").containsEntry("rewrite", "true");
    }

    @Test
    void aSecondRunUploadsTheNewScriptAndCreatesNothing() {
        deployment.deploy("// scenario v1", secrets);
        Application before = api.application("tavari").orElseThrow();

        DeployReport again = deployment.deploy("// scenario v2", secrets);

        Application after = api.application("tavari").orElseThrow();
        assertThat(after.scenarios().get("tavari").script()).isEqualTo("// scenario v2");
        assertThat(after.scenarios().get("tavari").id()).isEqualTo(before.scenarios().get("tavari").id());
        assertThat(after.rules()).isEqualTo(before.rules());
        assertThat(api.requests("AddApplication")).hasSize(1);
        assertThat(api.requests("AddRule")).hasSize(1);
        assertThat(again.changes()).containsExactly("uploaded scenario tavari (14 characters)");
        assertThat(again.manualSteps()).hasSize(2).allSatisfy(step -> assertThat(step)
                .contains("already exists").contains("control panel").doesNotContain("a-long-random-secret"));
    }

    @Test
    void repairsARuleWithAnotherPatternOrWithoutTheScenario() {
        deployment.deploy("// v1", secrets);
        String ruleId = api.application("tavari").orElseThrow().rules().get("tavari-inbound").id();
        VoximplantManagementClient client = new VoximplantManagementClient(StubAccount.settings(api));
        client.call("SetRuleInfo", Map.of("rule_id", ruleId, "rule_pattern", "\\+1.*"));
        client.call("BindScenario", Map.of("scenario_name", "tavari", "rule_id", ruleId, "application_name", "tavari",
                "bind", "false"));

        DeployReport report = deployment.deploy("// v1", Map.of());

        assertThat(report.changes()).contains("set the pattern of rule tavari-inbound to .*",
                "bound scenario tavari to rule tavari-inbound");
        assertThat(api.application("tavari").orElseThrow().rules().get("tavari-inbound").scenarioNames())
                .containsExactly("tavari");
    }

    @Test
    void aSecretWithoutAValueIsAManualStep() {
        secrets.put(ScenarioDeployment.SERVER_URL_SECRET, Optional.empty());

        DeployReport report = deployment.deploy("// v1", secrets);

        assertThat(report.manualSteps()).singleElement().asString().startsWith("secret TAVARI_SERVER_URL not set");
        assertThat(api.application("tavari").orElseThrow().secrets()).containsOnlyKeys("TAVARI_WEBHOOK_SECRET");
    }

    @Test
    void theRealScenarioIsPackagedWithTheAdapter() {
        assertThat(VoxEngineScenario.script()).contains("TAVARI_SERVER_URL").contains("TAVARI_WEBHOOK_SECRET")
                .hasSizeLessThan(128 * 1024);
    }
}
