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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two owners: whatever B does through the setup and agent endpoints, it sees and changes only its
 * own business, and never A's phone number. There are no ids in these paths; the token alone
 * decides the business.
 */
@ExtendWith(RunningTavari.class)
class SetupTenantIsolationIT {

    @Test
    void anotherOwnersWritesNeverReachThisBusinessAndTheirReadsShowOnlyTheirOwn(TavariServer server) throws SQLException {
        OwnerApi api = new OwnerApi(server);
        Owner a = api.signUp("Alpha Salon");
        Owner b = api.signUp("Beta Bakery");
        completeWizard(a);
        ok(a.post("api/setup/finalize", null));
        String aNumber = giveNumber(server, a);
        JsonObject aStatus = ok(a.get("api/setup/status"));
        assertThat(aStatus.getJsonObject("forwarding").getString("number")).isEqualTo(aNumber);
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
        JsonObject bForwarding = ok(b.get("api/setup/status")).getJsonObject("forwarding");
        assertThat(bForwarding.getString("state")).isEqualTo("NOT_CONFIGURED");
        assertThat(bForwarding.toString()).as("A's number").doesNotContain(aNumber);
    }

    /** A number given to the business by hand, as an operator does where numbers are not provisioned. */
    private static String giveNumber(TavariServer server, Owner owner) throws SQLException {
        String number = "+1312" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO business_numbers (phone_number, business_id, assigned_at) VALUES (?, ?::uuid, now())")) {
            insert.setString(1, number);
            insert.setString(2, owner.businessId());
            insert.executeUpdate();
        }
        return number;
    }
}
