package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoximplantDeployCommandTest {
    private final FakeVoximplantApi api = FakeVoximplantApi.start();
    private final Map<String, String> env = new HashMap<>();
    private final List<String> output = new ArrayList<>();

    VoximplantDeployCommandTest(@TempDir Path dir) throws IOException {
        Path credentials = dir.resolve("voximplant.json");
        Files.writeString(credentials, api.credentialsJson());
        env.put("VOXIMPLANT_CREDENTIALS_FILE", credentials.toString());
        env.put("VOXIMPLANT_API_URL", api.url().toString());
        env.put("TAVARI_PUBLIC_URL", "https://tavari.example");
        env.put("VOXIMPLANT_WEBHOOK_SECRET", "a-long-random-webhook-secret");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private int run() {
        return new VoximplantDeployCommand(ApplicationConfig.of(env, new Properties()), output::add)
                .execute(Settings.from(Map.of(), new Properties()), List.of());
    }

    @Test
    void deploysThisJarsScenarioWithItsRuleAndSecretsAndPrintsEachChange() {
        assertThat(run()).isZero();

        FakeVoximplantApi.Application app = api.application("tavari").orElseThrow();
        assertThat(app.scenarios().get("tavari").script()).contains("VoxEngine.getSecretValue('TAVARI_SERVER_URL')");
        assertThat(app.rules().get("tavari-inbound").scenarioNames()).containsExactly("tavari");
        assertThat(app.secrets()).containsEntry("TAVARI_SERVER_URL", "https://tavari.example")
                .containsEntry("TAVARI_WEBHOOK_SECRET", "a-long-random-webhook-secret");
        assertThat(output.get(0)).isEqualTo("deploying the scenario to the Voximplant application tavari at " + api.url());
        assertThat(output).contains("set secret TAVARI_SERVER_URL", "set secret TAVARI_WEBHOOK_SECRET",
                "5 changes made; Voximplant is ready for Tavari's numbers");
        assertThat(String.join("\n", output)).doesNotContain("a-long-random-webhook-secret");
        assertThat(api.rejectedTokens()).isEmpty();
    }

    @Test
    void aSecondRunCreatesNothingAndSaysWhatToCheckByHand() {
        run();
        output.clear();

        assertThat(run()).isZero();

        assertThat(api.requests("AddApplication")).hasSize(1);
        assertThat(api.requests("AddRule")).hasSize(1);
        assertThat(output).anyMatch(line -> line.startsWith("uploaded scenario tavari"))
                .anyMatch(line -> line.startsWith("to do by hand: secret TAVARI_WEBHOOK_SECRET"))
                .contains("1 change made; 2 left to do by hand");
    }

    @Test
    void withoutCredentialsItSaysWhatIsMissingAndCallsNothing() {
        env.remove("VOXIMPLANT_CREDENTIALS_FILE");

        assertThatThrownBy(this::run).isInstanceOfSatisfying(LauncherException.class,
                e -> assertThat(e.exitCode()).isEqualTo(1)).hasMessageStartingWith("voximplant-deploy needs a Voximplant"
                + " service account: VOXIMPLANT_CREDENTIALS_FILE");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aRefusedKeyStopsWithVoximplantsAnswer() {
        env.remove("VOXIMPLANT_CREDENTIALS_FILE");
        env.put("VOXIMPLANT_ACCOUNT_ID", FakeVoximplantApi.ACCOUNT_ID);
        env.put("VOXIMPLANT_KEY_ID", "some-other-key");
        env.put("VOXIMPLANT_PRIVATE_KEY", api.privateKeyPem());

        assertThatThrownBy(this::run).isInstanceOf(LauncherException.class)
                .hasMessage("voximplant-deploy stopped: Voximplant GetApplications: Authorization failed (code 100)");
    }
}
