package ai.tavari.application.port.in.setup;

import ai.tavari.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * The number to forward the business's line to, if there is one yet, and what the owner should
 * do: in words for the owner.
 */
public record ForwardingStatus(ForwardingState state, Optional<PhoneNumber> number, String instructions) {
    public ForwardingStatus {
        Objects.requireNonNull(state, "state");
        number = Objects.requireNonNullElse(number, Optional.empty());
        Objects.requireNonNull(instructions, "instructions");
    }
}
