package ai.tavari.domain.agent;

import java.util.Objects;

/** One thing the owner still has to provide before a setup step counts as complete. */
public record MissingItem(SetupStep step, String field, String message) {
    public MissingItem {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
