package ai.tavari.application.fakes;

import ai.tavari.application.port.out.notification.ClaimedNotification;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.application.port.out.notification.NotificationStatus;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.application.port.out.notification.StoredNotification;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The outbox in memory; one lock stands for the database's row locks. */
public class InMemoryNotificationOutbox implements NotificationOutbox {
    private final List<Row> rows = new ArrayList<>();

    /** A stored notification with everything the table holds. */
    public static final class Row {
        public final UUID id = UUID.randomUUID();
        public final OutgoingNotification notification;
        public NotificationStatus status = NotificationStatus.PENDING;
        public int attempts;
        public Instant nextAttemptAt;
        public String lastError;
        public Instant sentAt;

        Row(OutgoingNotification notification) {
            this.notification = notification;
            this.nextAttemptAt = notification.createdAt();
        }
    }

    @Override
    public synchronized boolean enqueue(OutgoingNotification notification) {
        boolean known = rows.stream().anyMatch(row -> row.notification.businessId().equals(notification.businessId())
                && row.notification.dedupeKey().equals(notification.dedupeKey()));
        if (!known) {
            rows.add(new Row(notification));
        }
        return !known;
    }

    @Override
    public synchronized List<ClaimedNotification> claimDue(Set<Channel> channels, Instant now, Instant leaseUntil,
                                                           int limit) {
        return rows.stream()
                .filter(row -> row.status == NotificationStatus.PENDING && !row.nextAttemptAt.isAfter(now)
                        && channels.contains(row.notification.channel()))
                .sorted(Comparator.comparing((Row row) -> row.nextAttemptAt))
                .limit(limit)
                .map(row -> {
                    row.attempts++;
                    row.nextAttemptAt = leaseUntil;
                    OutgoingNotification n = row.notification;
                    return new ClaimedNotification(row.id, n.businessId(), n.channel(), n.recipient(), n.subject(),
                            n.text(), n.html(), row.attempts);
                })
                .toList();
    }

    @Override
    public synchronized void markSent(UUID id, int attempt, Instant at) {
        current(id, attempt).ifPresent(row -> {
            row.status = NotificationStatus.SENT;
            row.sentAt = at;
        });
    }

    @Override
    public synchronized void markFailed(UUID id, int attempt, String error, Optional<Instant> retryAt) {
        current(id, attempt).ifPresent(row -> {
            row.lastError = NotificationOutbox.shortError(error);
            row.status = retryAt.isPresent() ? NotificationStatus.PENDING : NotificationStatus.FAILED;
            retryAt.ifPresent(at -> row.nextAttemptAt = at);
        });
    }

    @Override
    public synchronized List<StoredNotification> recent(BusinessId businessId, int limit) {
        return rows.stream().filter(row -> row.notification.businessId().equals(businessId))
                .sorted(Comparator.comparing((Row row) -> row.notification.createdAt()).reversed())
                .limit(limit)
                .map(row -> new StoredNotification(row.id, businessId, row.notification.kind(),
                        row.notification.channel(), row.notification.recipient(), row.notification.subject(),
                        row.status, row.attempts, Optional.ofNullable(row.lastError), row.notification.createdAt(),
                        Optional.ofNullable(row.sentAt)))
                .toList();
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Only PENDING rows whose claim is the latest take a result, as in the real table. */
    private Optional<Row> current(UUID id, int attempt) {
        return rows.stream().filter(row -> row.id.equals(id) && row.attempts == attempt
                && row.status == NotificationStatus.PENDING).findFirst();
    }
}
