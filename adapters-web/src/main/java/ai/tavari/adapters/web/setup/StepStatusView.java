package ai.tavari.adapters.web.setup;

import ai.tavari.application.port.in.setup.StepStatus;
import ai.tavari.application.validation.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One wizard step; {@code missing} fields are {@code step<n>} (save it) or {@code step<n>.<field>}. */
@JsonbPropertyOrder({"step", "key", "saved", "complete", "missing"})
public record StepStatusView(int step, String key, boolean saved, boolean complete, List<FieldError> missing) {
    static StepStatusView of(StepStatus status) {
        return new StepStatusView(status.number(), status.step().key(), status.saved(), status.complete(), status.missing());
    }
}
