package ai.tavari.application.port.out.notification;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Notifications waiting to be sent, written in the transaction of what they tell about (a message
 * is never stored without its notifications, nor notified without being stored), and sent later by
 * workers on any server.
 */
public interface NotificationOutbox {
    int MAX_ERROR_LENGTH = 1000;

    /**
     * Stores the notification, due at once, unless the business already has one with its dedupe
     * key (even while another transaction is storing it).
     *
     * @return false if it was already there
     */
    boolean enqueue(OutgoingNotification notification);

    /**
     * Takes up to {@code limit} pending notifications on {@code channels} that are due at
     * {@code now}, oldest due first, counts an attempt for each and makes them due again only at
     * {@code leaseUntil} (so that a worker that dies mid-send leaves them to another). Concurrent
     * claims never return the same notification.
     */
    List<ClaimedNotification> claimDue(Set<Channel> channels, Instant now, Instant leaseUntil, int limit);

    /** Records the claimed attempt as delivered; does nothing if the claim is no longer the latest. */
    void markSent(UUID id, int attempt, Instant at);

    /**
     * Records the claimed attempt as failed: pending again at {@code retryAt}, or failed for good
     * without one. Does nothing if the claim is no longer the latest.
     */
    void markFailed(UUID id, int attempt, String error, Optional<Instant> retryAt);

    /** The business's newest notifications first. */
    List<StoredNotification> recent(BusinessId businessId, int limit);

    static String shortError(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
