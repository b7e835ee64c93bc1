package ai.tavari.application.port.in.setup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the owner stands in the setup wizard: the five steps in order, the next incomplete one,
 * whether setup can be finalized, whether it was (the agent is live, answering calls), and the
 * number the business's line is forwarded to.
 */
public record SetupStatus(List<StepStatus> steps, Optional<Integer> nextStep, boolean canFinalize,
                          Optional<Instant> finalizedAt, ForwardingStatus forwarding) {
    public SetupStatus {
        steps = List.copyOf(steps);
        nextStep = Objects.requireNonNullElse(nextStep, Optional.empty());
        finalizedAt = Objects.requireNonNullElse(finalizedAt, Optional.empty());
        Objects.requireNonNull(forwarding, "forwarding");
    }

    public boolean live() {
        return finalizedAt.isPresent();
    }

    public int completedSteps() {
        return (int) steps.stream().filter(StepStatus::complete).count();
    }
}
