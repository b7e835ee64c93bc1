package ai.tavari.domain.notification;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The owner's choice of channels for every kind of notification; a kind the owner never chose
 * for keeps its default ({@link NotificationEvent#defaultChoice()}).
 */
public record NotificationPreferences(Map<NotificationEvent, ChannelChoice> choices) {
    public NotificationPreferences {
        Objects.requireNonNull(choices, "choices");
        EnumMap<NotificationEvent, ChannelChoice> complete = new EnumMap<>(NotificationEvent.class);
        for (NotificationEvent event : NotificationEvent.values()) {
            complete.put(event, Objects.requireNonNullElse(choices.get(event), event.defaultChoice()));
        }
        choices = Collections.unmodifiableMap(complete);
    }

    public static NotificationPreferences defaults() {
        return new NotificationPreferences(Map.of());
    }

    public ChannelChoice choiceFor(NotificationEvent event) {
        return choices.get(event);
    }

    public NotificationPreferences with(NotificationEvent event, ChannelChoice choice) {
        EnumMap<NotificationEvent, ChannelChoice> changed = new EnumMap<>(choices);
        changed.put(Objects.requireNonNull(event, "event"), Objects.requireNonNull(choice, "choice"));
        return new NotificationPreferences(changed);
    }
}
