package ai.tavari.adapters.persistence.auth;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.AuthSession;
import ai.tavari.application.port.out.AuthSessionRepository;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaAuthSessionRepository implements AuthSessionRepository {
    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaAuthSessionRepository() {
    }

    public JpaAuthSessionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(AuthSession session) {
        AuthSessionEntity row = new AuthSessionEntity();
        row.id = session.id();
        row.userId = session.userId().value();
        row.businessId = session.businessId().value();
        row.createdAt = Timestamps.toColumn(session.createdAt());
        row.expiresAt = Timestamps.toColumn(session.expiresAt());
        row.revokedAt = Timestamps.toColumn(session.revokedAt().orElse(null));
        em.persist(row);
    }

    @Override
    public Optional<AuthSession> findById(UUID id) {
        return Optional.ofNullable(em.find(AuthSessionEntity.class, id)).map(row -> new AuthSession(row.id,
                new UserId(row.userId), new BusinessId(row.businessId), Timestamps.fromColumn(row.createdAt),
                Timestamps.fromColumn(row.expiresAt), Optional.ofNullable(Timestamps.fromColumn(row.revokedAt))));
    }

    @Override
    public void revoke(UUID id, Instant now) {
        em.createQuery("update AuthSessionEntity s set s.revokedAt = :now where s.id = :id and s.revokedAt is null")
                .setParameter("now", Timestamps.toColumn(now))
                .setParameter("id", id)
                .executeUpdate();
    }
}
