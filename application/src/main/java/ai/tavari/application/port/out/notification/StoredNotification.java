package ai.tavari.application.port.out.notification;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A notification in the outbox as the owner sees it in the list: what, to whom, and how delivery went. */
public record StoredNotification(
        UUID id,
        BusinessId businessId,
        NotificationEvent kind,
        Channel channel,
        String recipient,
        Optional<String> subject,
        NotificationStatus status,
        int attempts,
        Optional<String> lastError,
        Instant createdAt,
        Optional<Instant> sentAt) {

    public StoredNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        subject = Objects.requireNonNullElse(subject, Optional.empty());
        Objects.requireNonNull(status, "status");
        lastError = Objects.requireNonNullElse(lastError, Optional.empty());
        Objects.requireNonNull(createdAt, "createdAt");
        sentAt = Objects.requireNonNullElse(sentAt, Optional.empty());
    }
}
