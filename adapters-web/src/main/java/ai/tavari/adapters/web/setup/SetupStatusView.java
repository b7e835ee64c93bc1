package ai.tavari.adapters.web.setup;

import ai.tavari.application.port.in.setup.SetupStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The wizard at a glance: each step, the next incomplete one (absent when all are complete),
 * whether setup can be finalized, whether the agent is live (since {@code finalizedAt}), and the
 * number the business line is forwarded to.
 */
@JsonbPropertyOrder({"steps", "completedSteps", "nextStep", "canFinalize", "live", "finalizedAt", "forwarding"})
public record SetupStatusView(List<StepStatusView> steps, int completedSteps, Integer nextStep, boolean canFinalize,
                              boolean live, Instant finalizedAt, ForwardingView forwarding) {
    static SetupStatusView of(SetupStatus status) {
        return new SetupStatusView(status.steps().stream().map(StepStatusView::of).toList(), status.completedSteps(),
                status.nextStep().orElse(null), status.canFinalize(), status.live(), status.finalizedAt().orElse(null),
                ForwardingView.of(status.forwarding()));
    }
}
