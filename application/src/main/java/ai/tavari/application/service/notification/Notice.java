package ai.tavari.application.service.notification;

import ai.tavari.domain.notification.NotificationEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to tell the owner, rendered for every channel: an e-mail (subject, plain text, HTML
 * alternative) and a short text message. {@code key} names the occurrence (a message, a usage
 * level in a period) so it is told once.
 */
public record Notice(NotificationEvent event, String key, String subject, String text, Optional<String> html, String sms) {
    /** Two GSM-7 segments: each segment is billed. */
    static final int MAX_SMS_LENGTH = 306;

    public Notice {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        html = Objects.requireNonNullElse(html, Optional.empty());
        sms = shortened(Objects.requireNonNull(sms, "sms"));
    }

    private static String shortened(String sms) {
        String flat = sms.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_SMS_LENGTH ? flat : flat.substring(0, MAX_SMS_LENGTH - 1) + "…";
    }
}
