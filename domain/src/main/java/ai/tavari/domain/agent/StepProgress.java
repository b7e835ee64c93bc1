package ai.tavari.domain.agent;

import java.util.List;
import java.util.Objects;

/** The state of one setup step: whether the owner saved it, and what is still missing. */
public record StepProgress(SetupStep step, boolean saved, List<MissingItem> missing) {
    public StepProgress {
        Objects.requireNonNull(step, "step");
        missing = List.copyOf(missing);
    }

    /** Saved and nothing missing. */
    public boolean isComplete() {
        return saved && missing.isEmpty();
    }
}
