package ai.tavari.application.port.out;

import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.SetupStep;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A business's agent profile with its progress through the setup wizard, as stored: the steps the
 * owner has saved, when setup was finalized (the agent went live), and the stored version this
 * copy was read at.
 */
public record AgentSetup(AgentProfile profile, Set<SetupStep> savedSteps, Optional<Instant> finalizedAt, long version) {
    public AgentSetup {
        Objects.requireNonNull(profile, "profile");
        savedSteps = savedSteps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(savedSteps));
        finalizedAt = Objects.requireNonNullElse(finalizedAt, Optional.empty());
    }

    public AgentSetup with(AgentProfile newProfile, Set<SetupStep> newSavedSteps, Optional<Instant> newFinalizedAt) {
        return new AgentSetup(newProfile, newSavedSteps, newFinalizedAt, version);
    }

    public boolean isFinalized() {
        return finalizedAt.isPresent();
    }
}
