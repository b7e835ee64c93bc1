package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.AuthSession;
import ai.tavari.application.port.out.AuthSessionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class AuthSessionRepositoryContract {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    protected abstract AuthSessionRepository sessions();

    protected abstract UserRepository users();

    protected abstract BusinessRepository businesses();

    @Test
    void storedSessionIsFoundAsItWasStored() {
        AuthSession session = newSession();
        sessions().add(session);

        assertThat(sessions().findById(session.id())).contains(session);
    }

    @Test
    void revokeKeepsTheFirstRevocationTime() {
        AuthSession session = newSession();
        sessions().add(session);

        sessions().revoke(session.id(), NOW.plusSeconds(10));
        sessions().revoke(session.id(), NOW.plusSeconds(20));

        assertThat(sessions().findById(session.id()).orElseThrow().revokedAt()).contains(NOW.plusSeconds(10));
    }

    @Test
    void revokingAnUnknownSessionChangesNothing() {
        UUID unknown = UUID.randomUUID();
        sessions().revoke(unknown, NOW);
        assertThat(sessions().findById(unknown)).isEmpty();
    }

    private AuthSession newSession() {
        Business business = Business.signedUp(BusinessId.newId(), "Session Shop", NOW);
        businesses().add(business);
        User owner = User.owner(UserId.newId(), business.id(),
                EmailAddress.of("s-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"), "$argon2id$x", NOW);
        users().add(owner);
        return new AuthSession(UUID.randomUUID(), owner.id(), business.id(), NOW, NOW.plus(Duration.ofDays(1)), Optional.empty());
    }
}
