package ai.tavari.adapters.persistence.notification;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.notification.ClaimedNotification;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.application.port.out.notification.NotificationStatus;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.application.port.out.notification.StoredNotification;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code notifications}. The insert does nothing for a dedupe key the business already has (and
 * waits for a concurrent transaction inserting the same key). A claim locks the due rows it takes
 * with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers take disjoint rows without waiting,
 * and pushes them to the end of the lease in the same statement. Results are recorded only for
 * the latest claim of a pending row.
 */
@ApplicationScoped
public class JpaNotificationOutbox implements NotificationOutbox {
    private static final String ENQUEUE = "INSERT INTO notifications (id, business_id, kind, channel, recipient,"
            + " subject, body_text, body_html, dedupe_key, status, attempts, next_attempt_at, created_at)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PENDING', 0, CAST(?10 AS timestamptz),"
            + " CAST(?10 AS timestamptz))"
            + " ON CONFLICT (business_id, dedupe_key) DO NOTHING";
    private static final String CLAIM = "UPDATE notifications n SET attempts = n.attempts + 1,"
            + " next_attempt_at = CAST(?3 AS timestamptz)"
            + " FROM (SELECT id FROM notifications WHERE status = 'PENDING' AND next_attempt_at <= CAST(?2 AS timestamptz)"
            + " AND channel = ANY (CAST(?1 AS varchar[])) ORDER BY next_attempt_at, created_at LIMIT ?4"
            + " FOR UPDATE SKIP LOCKED) due"
            + " WHERE n.id = due.id"
            + " RETURNING n.id, n.business_id, n.channel, n.recipient, n.subject, n.body_text, n.body_html, n.attempts";
    private static final String SENT = "UPDATE notifications SET status = 'SENT', sent_at = CAST(?3 AS timestamptz)"
            + " WHERE id = ?1 AND attempts = ?2 AND status = 'PENDING'";
    private static final String RETRY = "UPDATE notifications SET last_error = ?3,"
            + " next_attempt_at = CAST(?4 AS timestamptz) WHERE id = ?1 AND attempts = ?2 AND status = 'PENDING'";
    private static final String GIVE_UP = "UPDATE notifications SET last_error = ?3, status = 'FAILED'"
            + " WHERE id = ?1 AND attempts = ?2 AND status = 'PENDING'";
    private static final String RECENT = "SELECT id, kind, channel, recipient, subject, status, attempts, last_error,"
            + " created_at, sent_at FROM notifications WHERE business_id = ?1"
            + " ORDER BY created_at DESC, id LIMIT ?2";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaNotificationOutbox() {
    }

    public JpaNotificationOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean enqueue(OutgoingNotification notification) {
        return em.createNativeQuery(ENQUEUE)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, notification.businessId().value())
                .setParameter(3, notification.kind().name())
                .setParameter(4, notification.channel().name())
                .setParameter(5, notification.recipient())
                .setParameter(6, notification.subject().orElse(null))
                .setParameter(7, notification.text())
                .setParameter(8, notification.html().orElse(null))
                .setParameter(9, notification.dedupeKey())
                .setParameter(10, Timestamps.toColumnMicros(notification.createdAt()))
                .executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ClaimedNotification> claimDue(Set<Channel> channels, Instant now, Instant leaseUntil, int limit) {
        if (channels.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery(CLAIM)
                .setParameter(1, channels.stream().map(Channel::name).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, Timestamps.toColumnMicros(now))
                .setParameter(3, Timestamps.toColumnMicros(leaseUntil))
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(row -> new ClaimedNotification((UUID) row[0], new BusinessId((UUID) row[1]),
                Channel.valueOf((String) row[2]), (String) row[3], Optional.ofNullable((String) row[4]),
                (String) row[5], Optional.ofNullable((String) row[6]), ((Number) row[7]).intValue())).toList();
    }

    @Override
    public void markSent(UUID id, int attempt, Instant at) {
        em.createNativeQuery(SENT)
                .setParameter(1, id)
                .setParameter(2, attempt)
                .setParameter(3, Timestamps.toColumnMicros(at))
                .executeUpdate();
    }

    @Override
    public void markFailed(UUID id, int attempt, String error, Optional<Instant> retryAt) {
        var update = em.createNativeQuery(retryAt.isPresent() ? RETRY : GIVE_UP)
                .setParameter(1, id)
                .setParameter(2, attempt)
                .setParameter(3, NotificationOutbox.shortError(error));
        retryAt.ifPresent(at -> update.setParameter(4, Timestamps.toColumnMicros(at)));
        update.executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StoredNotification> recent(BusinessId businessId, int limit) {
        List<Object[]> rows = em.createNativeQuery(RECENT)
                .setParameter(1, businessId.value())
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new StoredNotification((UUID) row[0], businessId,
                NotificationEvent.valueOf((String) row[1]), Channel.valueOf((String) row[2]), (String) row[3],
                Optional.ofNullable((String) row[4]), NotificationStatus.valueOf((String) row[5]),
                ((Number) row[6]).intValue(), Optional.ofNullable((String) row[7]), instant(row[8]),
                Optional.ofNullable(row[9]).map(JpaNotificationOutbox::instant))).toList();
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + column.getClass());
    }
}
