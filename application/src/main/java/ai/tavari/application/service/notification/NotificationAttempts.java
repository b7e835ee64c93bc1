package ai.tavari.application.service.notification;

import ai.tavari.application.port.out.notification.ClaimedNotification;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.domain.notification.Channel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox steps of a delivery, each in its own short transaction, so that no transaction is
 * open while a notification is on its way.
 */
@Singleton
@Transactional
public class NotificationAttempts {
    private final NotificationOutbox outbox;

    @Inject
    public NotificationAttempts(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    public List<ClaimedNotification> claim(Set<Channel> channels, Instant now, Instant leaseUntil, int limit) {
        return outbox.claimDue(channels, now, leaseUntil, limit);
    }

    public void sent(UUID id, int attempt, Instant at) {
        outbox.markSent(id, attempt, at);
    }

    public void failed(UUID id, int attempt, String error, Optional<Instant> retryAt) {
        outbox.markFailed(id, attempt, error, retryAt);
    }
}
