package ai.tavari.application.port.out.notification;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A notification one worker took to send: no other worker gets it while its lease lasts.
 * {@code attempt} (1 for the first) identifies this claim when its result is recorded.
 */
public record ClaimedNotification(
        UUID id,
        BusinessId businessId,
        Channel channel,
        String recipient,
        Optional<String> subject,
        String text,
        Optional<String> html,
        int attempt) {

    public ClaimedNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        subject = Objects.requireNonNullElse(subject, Optional.empty());
        Objects.requireNonNull(text, "text");
        html = Objects.requireNonNullElse(html, Optional.empty());
    }
}
