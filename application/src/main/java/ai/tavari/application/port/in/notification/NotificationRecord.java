package ai.tavari.application.port.in.notification;

import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One notification as the owner's list shows it. */
public record NotificationRecord(UUID id, NotificationEvent kind, Channel channel, String recipient,
                                 Optional<String> subject, DeliveryState state, int attempts,
                                 Optional<String> lastError, Instant createdAt, Optional<Instant> sentAt) {
    public NotificationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        subject = Objects.requireNonNullElse(subject, Optional.empty());
        Objects.requireNonNull(state, "state");
        lastError = Objects.requireNonNullElse(lastError, Optional.empty());
        Objects.requireNonNull(createdAt, "createdAt");
        sentAt = Objects.requireNonNullElse(sentAt, Optional.empty());
    }

    public enum DeliveryState {
        PENDING,
        SENT,
        FAILED,
        /** Waiting because this server cannot send on the channel: kept, and sent once it can. */
        NOT_CONFIGURED
    }
}
