package ai.tavari.application.port.out.notification;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification to one recipient on one channel, rendered and ready to send. The dedupe key
 * is unique per business: a second notification with the same key is never stored, so whatever
 * enqueues it again (a retried event, another server) sends nothing twice.
 */
public record OutgoingNotification(
        BusinessId businessId,
        NotificationEvent kind,
        Channel channel,
        String recipient,
        Optional<String> subject,
        String text,
        Optional<String> html,
        String dedupeKey,
        Instant createdAt) {

    public static final int MAX_RECIPIENT_LENGTH = 254;
    public static final int MAX_SUBJECT_LENGTH = 300;
    public static final int MAX_DEDUPE_KEY_LENGTH = 300;

    public OutgoingNotification {
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        requireText("recipient", recipient, MAX_RECIPIENT_LENGTH);
        subject = Objects.requireNonNullElse(subject, Optional.<String>empty())
                .map(value -> value.length() > MAX_SUBJECT_LENGTH ? value.substring(0, MAX_SUBJECT_LENGTH) : value);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        html = Objects.requireNonNullElse(html, Optional.empty());
        requireText("dedupeKey", dedupeKey, MAX_DEDUPE_KEY_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    private static void requireText(String name, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters");
        }
    }
}
