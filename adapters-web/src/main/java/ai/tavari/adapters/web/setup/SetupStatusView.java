package ai.tavari.adapters.web.setup;

import ai.tavari.application.port.in.setup.SetupStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The wizard at a glance: each step, the next incomplete one (absent when all are complete),
 * whether setup can be finalized, and whether the agent is live (since {@code finalizedAt}).
 */
@JsonbPropertyOrder({"steps", "completedSteps", "nextStep", "canFinalize", "live", "finalizedAt"})
public record SetupStatusView(List<StepStatusView> steps, int completedSteps, Integer nextStep, boolean canFinalize,
                              boolean live, Instant finalizedAt) {
    static SetupStatusView of(SetupStatus status) {
        return new SetupStatusView(status.steps().stream().map(StepStatusView::of).toList(), status.completedSteps(),
                status.nextStep().orElse(null), status.canFinalize(), status.live(), status.finalizedAt().orElse(null));
    }
}
