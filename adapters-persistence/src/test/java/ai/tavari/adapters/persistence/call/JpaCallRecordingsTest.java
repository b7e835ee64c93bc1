package ai.tavari.adapters.persistence.call;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.shared.CallId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JpaCallRecordingsTest {
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
    void readsTheRecordingOfTheBusinessesCallOnly() throws Exception {
        BusinessId owner = business();
        BusinessId stranger = business();
        CallSession recorded = call(owner);
        CallSession silent = call(owner);
        try (Connection connection = db.connect();
             PreparedStatement update = connection.prepareStatement("UPDATE call_sessions SET recording_url = ? WHERE id = ?")) {
            update.setString(1, "https://recordings.example/a.mp3");
            update.setObject(2, recorded.id().value());
            update.executeUpdate();
        }

        assertThat(recordingUrl(owner, recorded.id())).contains("https://recordings.example/a.mp3");
        assertThat(recordingUrl(owner, silent.id())).isEmpty();
        assertThat(recordingUrl(stranger, recorded.id())).isEmpty();
        assertThat(recordingUrl(owner, CallId.newId())).isEmpty();
    }

    private static Optional<String> recordingUrl(BusinessId business, CallId call) {
        return db.call(em -> new JpaCallRecordings(em).recordingUrl(business, call));
    }

    private static BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Recorded Shop", T0.minusSeconds(3600));
        db.run(em -> new JpaBusinessRepository(em, Clock.fixed(T0, ZoneOffset.UTC)).add(business));
        return business.id();
    }

    private static CallSession call(BusinessId business) {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100", Optional.empty(), T0);
        db.run(em -> new JpaCallSessionRepository(em, new CallSessionVersions()).add(call));
        return call;
    }
}
