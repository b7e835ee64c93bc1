package ai.tavari.application.port.in.message;

import ai.tavari.application.port.in.TimeBound;
import ai.tavari.domain.message.Urgency;
import java.util.Objects;
import java.util.Optional;

/**
 * Which messages the owner wants to see: only unread ones if {@code unreadOnly}, taken in
 * [{@code from}, {@code to}), of one {@code urgency}. Every filter is optional.
 */
public record MessageFilter(boolean unreadOnly, Optional<TimeBound> from, Optional<TimeBound> to,
                            Optional<Urgency> urgency) {

    public MessageFilter {
        from = Objects.requireNonNullElse(from, Optional.empty());
        to = Objects.requireNonNullElse(to, Optional.empty());
        urgency = Objects.requireNonNullElse(urgency, Optional.empty());
    }

    /** Every message, read or not. */
    public static MessageFilter none() {
        return new MessageFilter(false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean needsZone() {
        return from.map(TimeBound::needsZone).orElse(false) || to.map(TimeBound::needsZone).orElse(false);
    }
}
