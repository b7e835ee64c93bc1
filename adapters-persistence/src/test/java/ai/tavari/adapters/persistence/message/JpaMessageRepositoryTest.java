package ai.tavari.adapters.persistence.message;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JpaMessageRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");
    private static PostgresTestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void theSchemaRefusesAnEmptyMessageAndACallbackNumberThatIsNotE164() {
        BusinessId business = business();

        assertThatThrownBy(() -> insert(business, "NULL", "NULL", "'  '"))
                .isInstanceOf(SQLException.class).hasMessageContaining("messages_content_check");
        assertThatThrownBy(() -> insert(business, "'Jane'", "'(212) 555-0199'", "''"))
                .isInstanceOf(SQLException.class).hasMessageContaining("messages_callback_number_check");
        assertThatThrownBy(() -> insert(business, "' '", "NULL", "'Call back'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("messages_caller_name_check");
    }

    private static void insert(BusinessId business, String callerName, String callbackNumber, String reason) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO messages (id, business_id, caller_name, callback_number, reason, urgency, created_at)"
                    + " VALUES (gen_random_uuid(), '" + business + "', " + callerName + ", " + callbackNumber + ", " + reason
                    + ", 'NORMAL', now())");
        }
    }

    private static BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Message Shop", T0.minusSeconds(3600));
        db.run(em -> new JpaBusinessRepository(em, Clock.fixed(T0, ZoneOffset.UTC)).add(business));
        return business.id();
    }
}
