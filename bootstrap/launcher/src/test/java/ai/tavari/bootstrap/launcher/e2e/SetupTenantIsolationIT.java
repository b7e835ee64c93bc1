package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.AgentSettingsIT.fullAgent;
import static ai.tavari.bootstrap.launcher.e2e.AgentSettingsIT.withoutPreview;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.businessInfo;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.greetingAndVoice;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.hours;
import static ai.tavari.bootstrap.launcher.e2e.SetupBodies.messageSettings;
import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.completeWizard;
import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two owners: whatever B does through the setup and agent endpoints, it sees and changes only its
 * own business. There are no ids in these paths; the token alone decides the business.
 */
@ExtendWith(RunningTavari.class)
class SetupTenantIsolationIT {

    @Test
    void anotherOwnersWritesNeverReachThisBusinessAndTheirReadsShowOnlyTheirOwn(TavariServer server) {
        OwnerApi api = new OwnerApi(server);
        Owner a = api.signUp("Alpha Salon");
        Owner b = api.signUp("Beta Bakery");
        completeWizard(a);
        ok(a.post("api/setup/finalize", null));
        JsonObject aStatus = ok(a.get("api/setup/status"));
        JsonObject aAgent = withoutPreview(ok(a.get("api/agents")));
        JsonObject aBusiness = ok(a.get("api/auth/me")).getJsonObject("business");

        JsonObject bFresh = ok(b.get("api/setup/status"));
        assertThat(bFresh.getBoolean("live")).isFalse();
        assertThat(bFresh.getInt("completedSteps")).isZero();
        assertThat(ok(b.get("api/agents")).getString("agentName")).isEqualTo("Ava");

        ok(b.post("api/setup/step1", businessInfo("Beta Bakery", "+1 212 555 0100", null, "America/New_York")));
        ok(b.post("api/setup/steps/2", greetingAndVoice("Bert", "echo")));
        ok(b.post("api/setup/step3", hours("HOURS_ONLY")));
        ok(b.post("api/setup/step4", "{\"faqs\":[]}"));
        assertThat(b.post("api/setup/finalize", null).status()).isEqualTo(400);
        ok(b.post("api/setup/step5", messageSettings("bert@bakery.example")));
        ok(b.put("api/agents", fullAgent("Bea", "ALWAYS")));
        ok(b.patch("api/agents", "{\"voice\":\"shimmer\"}"));
        ok(b.post("api/setup/finalize", null));

        assertThat(ok(a.get("api/setup/status"))).isEqualTo(aStatus);
        assertThat(withoutPreview(ok(a.get("api/agents")))).isEqualTo(aAgent);
        assertThat(ok(a.get("api/auth/me")).getJsonObject("business")).isEqualTo(aBusiness);

        JsonObject bAgent = ok(b.get("api/agents"));
        assertThat(bAgent.getString("agentName")).isEqualTo("Bea");
        assertThat(bAgent.getString("voice")).isEqualTo("shimmer");
        assertThat(bAgent.getString("instructionsPreview")).contains("Beta Bakery").doesNotContain("Alpha Salon");
        JsonObject bBusiness = ok(b.get("api/auth/me")).getJsonObject("business");
        assertThat(bBusiness.getString("id")).isEqualTo(b.businessId()).isNotEqualTo(a.businessId());
        assertThat(bBusiness.getString("phone")).isEqualTo("+12125550100");
        assertThat(aAgent.getString("agentName")).isEqualTo("Mia");
    }
}
