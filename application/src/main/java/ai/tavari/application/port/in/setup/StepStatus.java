package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.FieldError;
import ai.tavari.domain.agent.SetupStep;
import java.util.List;
import java.util.Objects;

/**
 * One wizard step: its number (1 to 5), whether the owner saved it, whether it is complete, and
 * what is still missing. Missing fields are named {@code step<number>} (save this step) or
 * {@code step<number>.<field of the step's body>}, e.g. {@code step1.phone}.
 */
public record StepStatus(int number, SetupStep step, boolean saved, boolean complete, List<FieldError> missing) {
    public StepStatus {
        Objects.requireNonNull(step, "step");
        missing = List.copyOf(missing);
    }
}
