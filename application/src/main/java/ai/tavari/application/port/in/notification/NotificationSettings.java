package ai.tavari.application.port.in.notification;

import ai.tavari.domain.notification.NotificationPreferences;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner's channel choices per kind of notification, where each channel goes (the message
 * settings' e-mail, else the owner's log-in e-mail; the message settings' SMS number), and whether
 * this server can send on it at all.
 */
public record NotificationSettings(NotificationPreferences preferences, Optional<String> emailRecipient,
                                   Optional<String> smsRecipient, boolean emailConfigured, boolean smsConfigured) {
    public NotificationSettings {
        Objects.requireNonNull(preferences, "preferences");
        emailRecipient = Objects.requireNonNullElse(emailRecipient, Optional.empty());
        smsRecipient = Objects.requireNonNullElse(smsRecipient, Optional.empty());
    }
}
