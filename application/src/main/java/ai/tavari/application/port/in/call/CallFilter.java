package ai.tavari.application.port.in.call;

import ai.tavari.application.port.in.TimeBound;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import java.util.Objects;
import java.util.Optional;

/**
 * Which calls the owner wants to see: started in [{@code from}, {@code to}), ended with
 * {@code outcome}, about {@code intent}, with (or without) a message. Every filter is optional.
 */
public record CallFilter(
        Optional<TimeBound> from,
        Optional<TimeBound> to,
        Optional<Outcome> outcome,
        Optional<Intent> intent,
        Optional<Boolean> hasMessage) {

    public CallFilter {
        from = Objects.requireNonNullElse(from, Optional.empty());
        to = Objects.requireNonNullElse(to, Optional.empty());
        outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        intent = Objects.requireNonNullElse(intent, Optional.empty());
        hasMessage = Objects.requireNonNullElse(hasMessage, Optional.empty());
    }

    /** Every call. */
    public static CallFilter none() {
        return new CallFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean needsZone() {
        return from.map(TimeBound::needsZone).orElse(false) || to.map(TimeBound::needsZone).orElse(false);
    }
}
