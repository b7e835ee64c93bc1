package ai.tavari.adapters.web.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The whole agent configuration, replacing the current one: steps 2 to 5 of the wizard in one
 * body. {@code instructionsPreview} and {@code live} are read-only and ignored, so an answer of
 * {@code GET /api/agents} can be edited and sent back as it is.
 */
public record AgentRequest(
        @NotBlank @Size(max = 40, message = ConstraintMessages.MAX_LENGTH) String agentName,
        @NotBlank @Size(max = 300, message = ConstraintMessages.MAX_LENGTH) String greeting,
        @NotBlank @Size(max = 32, message = ConstraintMessages.MAX_LENGTH) String voice,
        @NotBlank @Size(max = 35, message = ConstraintMessages.MAX_LENGTH) String language,
        @Size(max = 2000, message = ConstraintMessages.MAX_LENGTH) String instructions,
        @NotNull @Valid HoursRequest hours,
        @NotNull @Size(max = 5, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid FaqRequest> faqs,
        @NotNull @Valid MessageSettingsRequest messageSettings,
        Boolean live,
        String instructionsPreview) {
}
