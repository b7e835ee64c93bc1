package ai.tavari.application.port.in.notification;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** New channel choices for some kinds of notification; kinds not named keep theirs. */
public record NotificationChoicesCommand(Map<NotificationEvent, ChannelChoice> choices) {
    public NotificationChoicesCommand {
        choices = Collections.unmodifiableMap(new EnumMap<>(choices));
    }

    /** One entry as the owner sent it: the event's name and both channels. */
    public record Entry(String event, Boolean email, Boolean sms) {
    }

    /** Every problem is a field error under {@code events[i]}; each event may be named once. */
    public static NotificationChoicesCommand of(List<Entry> entries) {
        Validation validation = new Validation();
        validation.require(entries != null, "events", "is required");
        Map<NotificationEvent, ChannelChoice> choices = new EnumMap<>(NotificationEvent.class);
        Set<NotificationEvent> named = EnumSet.noneOf(NotificationEvent.class);
        for (int index = 0; entries != null && index < entries.size(); index++) {
            String field = "events[" + index + "]";
            Entry entry = entries.get(index);
            if (entry == null) {
                validation.require(false, field, "must not be null");
                continue;
            }
            NotificationEvent event = eventNamed(entry.event());
            validation.require(event != null, field + ".event", "must be one of " + names());
            validation.require(entry.email() != null, field + ".email", "is required: true or false");
            validation.require(entry.sms() != null, field + ".sms", "is required: true or false");
            if (event != null) {
                validation.require(named.add(event), field + ".event", "is named twice");
                if (entry.email() != null && entry.sms() != null) {
                    choices.put(event, new ChannelChoice(entry.email(), entry.sms()));
                }
            }
        }
        validation.throwIfInvalid();
        return new NotificationChoicesCommand(choices);
    }

    private static NotificationEvent eventNamed(String name) {
        if (name == null) {
            return null;
        }
        try {
            return NotificationEvent.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String names() {
        return Arrays.stream(NotificationEvent.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
