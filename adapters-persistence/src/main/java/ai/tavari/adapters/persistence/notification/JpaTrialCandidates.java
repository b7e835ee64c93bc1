package ai.tavari.adapters.persistence.notification;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.notification.TrialCandidates;
import ai.tavari.domain.business.BusinessId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaTrialCandidates implements TrialCandidates {
    private static final String FIND = "SELECT b.id FROM businesses b LEFT JOIN subscriptions s ON s.business_id = b.id"
            + " WHERE (s.business_id IS NULL AND b.created_at >= CAST(?1 AS timestamptz)"
            + " AND b.created_at < CAST(?2 AS timestamptz))"
            + " OR (s.status = 'trialing' AND s.current_period_end >= CAST(?3 AS timestamptz)"
            + " AND s.current_period_end < CAST(?4 AS timestamptz))";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaTrialCandidates() {
    }

    public JpaTrialCandidates(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BusinessId> find(Instant signedUpFrom, Instant signedUpBefore, Instant trialEndsFrom,
                                 Instant trialEndsBefore) {
        List<UUID> ids = em.createNativeQuery(FIND)
                .setParameter(1, Timestamps.toColumnMicros(signedUpFrom))
                .setParameter(2, Timestamps.toColumnMicros(signedUpBefore))
                .setParameter(3, Timestamps.toColumnMicros(trialEndsFrom))
                .setParameter(4, Timestamps.toColumnMicros(trialEndsBefore))
                .getResultList();
        return ids.stream().map(BusinessId::new).toList();
    }
}
