package ai.tavari.adapters.web.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record FaqRequest(
        @NotBlank @Size(max = 200, message = ConstraintMessages.MAX_LENGTH) String question,
        @NotBlank @Size(max = 1000, message = ConstraintMessages.MAX_LENGTH) String answer) {
}
