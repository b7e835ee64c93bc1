package ai.tavari.adapters.web.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Step 2. {@code voice} is one of the agent's voices; {@code instructions} is optional. */
public record GreetingAndVoiceRequest(
        @NotBlank @Size(max = 40, message = ConstraintMessages.MAX_LENGTH) String agentName,
        @NotBlank @Size(max = 300, message = ConstraintMessages.MAX_LENGTH) String greeting,
        @NotBlank @Size(max = 32, message = ConstraintMessages.MAX_LENGTH) String voice,
        @NotBlank @Size(max = 35, message = ConstraintMessages.MAX_LENGTH) String language,
        @Size(max = 2000, message = ConstraintMessages.MAX_LENGTH) String instructions) {
}
