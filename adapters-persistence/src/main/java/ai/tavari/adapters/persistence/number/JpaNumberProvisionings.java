package ai.tavari.adapters.persistence.number;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.NumberOffer;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisionings;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code number_provisioning}, by plain statements: progress is saved only over the version it was
 * read at, and the release time is written apart from progress, so a subscription change and
 * provisioning work never overwrite each other.
 */
@ApplicationScoped
public class JpaNumberProvisionings implements NumberProvisionings {
    private static final String COLUMNS = "business_id, state, offer_number, offer_reference, phone_number, phone_id,"
            + " attempts, last_error, next_attempt_at, release_after, requested_at, updated_at, version";
    private static final String IN_PROGRESS = "state IN ('REQUESTED', 'NUMBER_CHOSEN', 'ATTACHED', 'BOUND')";
    private static final String INSERT = "INSERT INTO number_provisioning (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4,"
            + " ?5, ?6, ?7, ?8, CAST(?9 AS timestamptz), CAST(?11 AS timestamptz), CAST(?12 AS timestamptz),"
            + " CAST(?10 AS timestamptz), 0) ON CONFLICT (business_id) DO NOTHING";
    private static final String UPDATE = "UPDATE number_provisioning SET state = ?2, offer_number = ?3,"
            + " offer_reference = ?4, phone_number = ?5, phone_id = ?6, attempts = ?7, last_error = ?8,"
            + " next_attempt_at = CAST(?9 AS timestamptz), updated_at = CAST(?10 AS timestamptz), version = version + 1"
            + " WHERE business_id = ?1 AND version = ?11";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaNumberProvisionings() {
    }

    public JpaNumberProvisionings(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<NumberProvisioning> find(BusinessId businessId) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM number_provisioning WHERE business_id = ?1")
                .setParameter(1, businessId.value())
                .getResultStream().findFirst()
                .map(row -> read((Object[]) row));
    }

    @Override
    public boolean add(NumberProvisioning provisioning) {
        return bindProgress(em.createNativeQuery(INSERT), provisioning)
                .setParameter(11, provisioning.releaseAfter().map(Timestamps::toColumnMicros).orElse(null))
                .setParameter(12, Timestamps.toColumnMicros(provisioning.requestedAt()))
                .executeUpdate() == 1;
    }

    @Override
    public Optional<NumberProvisioning> update(NumberProvisioning provisioning) {
        int updated = bindProgress(em.createNativeQuery(UPDATE), provisioning)
                .setParameter(11, provisioning.version())
                .executeUpdate();
        return updated == 1 ? find(provisioning.businessId()) : Optional.empty();
    }

    @Override
    public void scheduleRelease(BusinessId businessId, Instant releaseAfter) {
        em.createNativeQuery("UPDATE number_provisioning SET release_after = CAST(?2 AS timestamptz)"
                        + " WHERE business_id = ?1 AND state <> 'RELEASED' AND release_after IS NULL")
                .setParameter(1, businessId.value())
                .setParameter(2, Timestamps.toColumnMicros(releaseAfter))
                .executeUpdate();
    }

    @Override
    public void cancelRelease(BusinessId businessId) {
        em.createNativeQuery("UPDATE number_provisioning SET release_after = NULL WHERE business_id = ?1")
                .setParameter(1, businessId.value())
                .executeUpdate();
    }

    @Override
    public List<BusinessId> dueForWork(Instant now, int limit) {
        return ids("SELECT business_id FROM number_provisioning WHERE " + IN_PROGRESS
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= CAST(?1 AS timestamptz))"
                + " AND (release_after IS NULL OR release_after > CAST(?1 AS timestamptz))"
                + " ORDER BY next_attempt_at NULLS FIRST LIMIT ?2", now, limit);
    }

    @Override
    public List<BusinessId> dueForRelease(Instant now, int limit) {
        return ids("SELECT business_id FROM number_provisioning WHERE release_after IS NOT NULL"
                + " AND state <> 'RELEASED' AND release_after <= CAST(?1 AS timestamptz)"
                + " ORDER BY release_after LIMIT ?2", now, limit);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BusinessId> failed(int limit) {
        List<Object> rows = em.createNativeQuery("SELECT business_id FROM number_provisioning WHERE state = 'FAILED'"
                        + " ORDER BY updated_at LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream().map(id -> new BusinessId((UUID) id)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<BusinessId> ids(String sql, Instant now, int limit) {
        List<Object> rows = em.createNativeQuery(sql)
                .setParameter(1, Timestamps.toColumnMicros(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(id -> new BusinessId((UUID) id)).toList();
    }

    /** Parameters 1 to 10: everything a step changes. */
    private static Query bindProgress(Query query, NumberProvisioning p) {
        return query.setParameter(1, p.businessId().value())
                .setParameter(2, p.state().name())
                .setParameter(3, p.offer().map(offer -> offer.number().e164()).orElse(null))
                .setParameter(4, p.offer().map(NumberOffer::reference).orElse(null))
                .setParameter(5, p.number().map(number -> number.number().e164()).orElse(null))
                .setParameter(6, p.number().map(ProvisionedNumber::providerId).orElse(null))
                .setParameter(7, p.attempts())
                .setParameter(8, p.lastError().orElse(null))
                .setParameter(9, p.nextAttemptAt().map(Timestamps::toColumnMicros).orElse(null))
                .setParameter(10, Timestamps.toColumnMicros(p.updatedAt()));
    }

    private static NumberProvisioning read(Object[] row) {
        Optional<NumberOffer> offer = Optional.ofNullable((String) row[2])
                .map(number -> new NumberOffer(PhoneNumber.of(number), (String) row[3]));
        Optional<ProvisionedNumber> number = Optional.ofNullable((String) row[4])
                .map(bought -> new ProvisionedNumber(PhoneNumber.of(bought), (String) row[5]));
        return new NumberProvisioning(new BusinessId((UUID) row[0]), ProvisioningState.valueOf((String) row[1]), offer,
                number, ((Number) row[6]).intValue(), Optional.ofNullable((String) row[7]),
                Optional.ofNullable(instant(row[8])), Optional.ofNullable(instant(row[9])), instant(row[10]),
                instant(row[11]), ((Number) row[12]).longValue());
    }

    private static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + column.getClass());
    }
}
