package ai.tavari.adapters.web.notification;

import ai.tavari.application.port.in.notification.NotificationRecord;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** One notification and how its delivery went ({@code status}: PENDING, SENT, FAILED or NOT_CONFIGURED). */
@JsonbPropertyOrder({"id", "createdAt", "kind", "channel", "recipient", "subject", "status", "attempts", "lastError",
        "sentAt"})
public record NotificationView(String id, Instant createdAt, String kind, String channel, String recipient,
                               String subject, String status, int attempts, String lastError, Instant sentAt) {
    public static NotificationView of(NotificationRecord record) {
        return new NotificationView(record.id().toString(), record.createdAt(), record.kind().name(),
                record.channel().name(), record.recipient(), record.subject().orElse(null), record.state().name(),
                record.attempts(), record.lastError().orElse(null), record.sentAt().orElse(null));
    }
}
