package ai.tavari.adapters.web.notification;

import ai.tavari.application.port.in.notification.NotificationSettings;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The channels chosen per kind of notification, where e-mails and texts go (from the message
 * settings), and whether this server can send each at all (a channel it cannot use keeps its
 * notifications waiting).
 */
@JsonbPropertyOrder({"events", "emailRecipient", "smsRecipient", "emailConfigured", "smsConfigured"})
public record NotificationSettingsView(List<EventChoiceView> events, String emailRecipient, String smsRecipient,
                                       boolean emailConfigured, boolean smsConfigured) {

    @JsonbPropertyOrder({"event", "description", "email", "sms"})
    public record EventChoiceView(String event, String description, boolean email, boolean sms) {
    }

    public static NotificationSettingsView of(NotificationSettings settings) {
        List<EventChoiceView> events = Arrays.stream(NotificationEvent.values()).map(event -> {
            ChannelChoice choice = settings.preferences().choiceFor(event);
            return new EventChoiceView(event.name(), event.description(), choice.email(), choice.sms());
        }).toList();
        return new NotificationSettingsView(events, settings.emailRecipient().orElse(null),
                settings.smsRecipient().orElse(null), settings.emailConfigured(), settings.smsConfigured());
    }
}
