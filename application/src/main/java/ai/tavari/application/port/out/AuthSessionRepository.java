package ai.tavari.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface AuthSessionRepository {
    void add(AuthSession session);

    Optional<AuthSession> findById(UUID id);

    /** Marks the session revoked at {@code now} unless it already is. */
    void revoke(UUID id, Instant now);
}
