package ai.tavari.adapters.persistence.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.adapters.persistence.user.JpaUserRepository;
import ai.tavari.application.port.out.AuthSession;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthPersistenceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
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
    void revokedSessionStaysRevokedAndRevokingTwiceKeepsTheFirstTime() {
        User owner = newOwner("revoke@example.com");
        AuthSession session = new AuthSession(UUID.randomUUID(), owner.id(), owner.businessId(), NOW,
                NOW.plus(Duration.ofDays(14)), Optional.empty());
        db.run(em -> new JpaAuthSessionRepository(em).add(session));
        assertThat(load(session.id()).isActiveAt(NOW.plusSeconds(1))).isTrue();

        db.run(em -> new JpaAuthSessionRepository(em).revoke(session.id(), NOW.plusSeconds(60)));
        db.run(em -> new JpaAuthSessionRepository(em).revoke(session.id(), NOW.plusSeconds(120)));

        AuthSession revoked = load(session.id());
        assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(60));
        assertThat(revoked.isActiveAt(NOW.plusSeconds(61))).isFalse();
    }

    @Test
    void unknownSessionIsAbsent() {
        Optional<AuthSession> found = db.call(em -> new JpaAuthSessionRepository(em).findById(UUID.randomUUID()));
        assertThat(found).isEmpty();
    }

    @Test
    void serverSecretIsCreatedOnceAndThenAlwaysTheSame() {
        byte[] first = db.call(em -> new JpaServerSecrets(em).getOrCreate("test-key", () -> filled((byte) 1)));
        byte[] second = db.call(em -> new JpaServerSecrets(em).getOrCreate("test-key", () -> filled((byte) 2)));

        assertThat(first).isEqualTo(filled((byte) 1));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void concurrentInstancesAgreeOnOneSecret() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                byte marker = (byte) (10 + i);
                Callable<byte[]> task = () -> db.call(em -> new JpaServerSecrets(em).getOrCreate("race-key", () -> filled(marker)));
                results.add(pool.submit(task));
            }
            byte[] winner = results.get(0).get();
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }

    private static AuthSession load(UUID id) {
        return db.call(em -> new JpaAuthSessionRepository(em).findById(id).orElseThrow());
    }

    private static User newOwner(String email) {
        Business business = Business.signedUp(BusinessId.newId(), "Shop " + email, NOW);
        User owner = User.owner(UserId.newId(), business.id(), EmailAddress.of(email), "$argon2id$x", NOW);
        db.run(em -> {
            new JpaBusinessRepository(em, Clock.fixed(NOW, ZoneOffset.UTC)).add(business);
            new JpaUserRepository(em).add(owner);
        });
        return owner;
    }
}
