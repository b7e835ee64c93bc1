package ai.tavari.application.fakes;

import ai.tavari.application.port.out.AuthSession;
import ai.tavari.application.port.out.AuthSessionRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryAuthSessionRepository implements AuthSessionRepository {
    private final Map<UUID, AuthSession> rows = new ConcurrentHashMap<>();

    @Override
    public void add(AuthSession session) {
        rows.put(session.id(), session);
    }

    @Override
    public Optional<AuthSession> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void revoke(UUID id, Instant now) {
        rows.computeIfPresent(id, (key, s) -> s.revokedAt().isPresent() ? s
                : new AuthSession(s.id(), s.userId(), s.businessId(), s.createdAt(), s.expiresAt(), Optional.of(now)));
    }
}
