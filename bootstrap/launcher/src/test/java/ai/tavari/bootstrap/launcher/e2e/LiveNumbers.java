package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.completeWizard;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** Businesses that take calls: set up through the owner API, with a number callers dial. */
final class LiveNumbers {
    private LiveNumbers() {
    }

    /** An owner whose business finished the wizard under {@code businessName}. */
    static Owner finishedOwner(TavariServer server, String businessName) {
        Owner owner = new OwnerApi(server).signUp(businessName);
        completeWizard(owner);
        assertThat(owner.post("api/setup/step1", SetupBodies.businessInfo(businessName, "(415) 555-0123", "US",
                "America/Los_Angeles")).status()).isEqualTo(200);
        assertThat(owner.post("api/setup/finalize", null).status()).isEqualTo(200);
        return owner;
    }

    /** Gives the business a fresh number, as provisioning would, and returns it. */
    static String assignNumber(TavariServer server, String businessId) throws SQLException {
        String number = "+1312" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO business_numbers (phone_number, business_id, assigned_at) VALUES (?, ?::uuid, now())")) {
            insert.setString(1, number);
            insert.setString(2, businessId);
            insert.executeUpdate();
        }
        return number;
    }
}
