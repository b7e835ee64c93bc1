package ai.tavari.adapters.persistence.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JpaBusinessRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
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
    void roundTripsEveryField() {
        Business business = Business.signedUp(BusinessId.newId(), "Corner Dental", NOW)
                .withInfo("Corner Dental Care", PhoneNumber.of("+14155550123"), ZoneId.of("America/Los_Angeles"),
                        "Dentist", "1 Main St, Springfield");
        db.run(em -> new JpaBusinessRepository(em, CLOCK).add(business));

        Business found = db.call(em -> new JpaBusinessRepository(em, CLOCK).findById(business.id()).orElseThrow());

        assertThat(found).isEqualTo(business);
    }

    @Test
    void updateChangesTheStoredBusiness() {
        Business business = Business.signedUp(BusinessId.newId(), "Before", NOW);
        db.run(em -> new JpaBusinessRepository(em, CLOCK).add(business));
        Business suspended = business.suspended();

        db.run(em -> new JpaBusinessRepository(em, CLOCK).update(suspended));

        boolean suspendedNow = db.call(em -> new JpaBusinessRepository(em, CLOCK).findById(business.id()).orElseThrow().isSuspended());
        assertThat(suspendedNow).isTrue();
    }

    @Test
    void unknownBusinessIsAbsent() {
        Optional<Business> found = db.call(em -> new JpaBusinessRepository(em, CLOCK).findById(BusinessId.newId()));
        assertThat(found).isEmpty();
    }

    @Test
    void databaseRejectsPhoneNumbersThatAreNotE164() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO businesses (id, name, phone, time_zone, created_at, updated_at) "
                    + "VALUES (gen_random_uuid(), 'Bad', '555-0123', 'UTC', now(), now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("businesses_phone_check");
        }
    }
}
