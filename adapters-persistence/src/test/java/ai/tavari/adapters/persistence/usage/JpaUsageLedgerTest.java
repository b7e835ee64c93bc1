package ai.tavari.adapters.persistence.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.call.CallSessionVersions;
import ai.tavari.adapters.persistence.call.JpaCallSessionRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.shared.CallId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JpaUsageLedgerTest {
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
    void theSchemaRefusesUsageWhoseFiguresDoNotFitOrWhoseCallIsAnotherBusinesss() {
        BusinessId owner = business();
        BusinessId other = business();
        CallId call = call(owner);

        assertThatThrownBy(() -> insert(call, owner, 90, 2)).isInstanceOf(SQLException.class)
                .hasMessageContaining("usage_minutes_figures_check");
        assertThatThrownBy(() -> insert(call, other, 1, 30)).isInstanceOf(SQLException.class)
                .hasMessageContaining("usage_minutes_call_id_business_id_fkey");
    }

    @Test
    void aRecordInTheSameTransactionAsTheCallsEndIsUndoneWithIt() {
        BusinessId business = business();
        CallId call = call(business);

        assertThatThrownBy(() -> db.run(em -> {
            new JpaUsageLedger(em).record(business, call, 1, 40, T0);
            throw new IllegalStateException("ending the call failed");
        })).isInstanceOf(IllegalStateException.class);

        boolean recorded = db.call(em -> new JpaUsageLedger(em).record(business, call, 1, 40, T0));
        assertThat(recorded).isTrue();
    }

    private static void insert(CallId call, BusinessId business, int minutes, int seconds) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO usage_minutes (call_id, business_id, minutes, seconds, recorded_at) VALUES ('"
                    + call + "', '" + business + "', " + minutes + ", " + seconds + ", now())");
        }
    }

    private static BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Usage Shop", T0.minusSeconds(3600));
        db.run(em -> new JpaBusinessRepository(em, Clock.fixed(T0, ZoneOffset.UTC)).add(business));
        return business.id();
    }

    private static CallId call(BusinessId business) {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100", Optional.empty(), T0);
        db.run(em -> new JpaCallSessionRepository(em, new CallSessionVersions()).add(call));
        return call.id();
    }
}
