package ai.tavari.adapters.web.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partial change of the agent configuration: each member that is present replaces that part
 * ({@code hours}, {@code faqs} and {@code messageSettings} as a whole), absent members stay.
 * {@code instructionsPreview} and {@code live} are read-only and ignored.
 */
public record AgentChangesRequest(
        @Size(max = 40, message = ConstraintMessages.MAX_LENGTH) String agentName,
        @Size(max = 300, message = ConstraintMessages.MAX_LENGTH) String greeting,
        @Size(max = 32, message = ConstraintMessages.MAX_LENGTH) String voice,
        @Size(max = 35, message = ConstraintMessages.MAX_LENGTH) String language,
        @Size(max = 2000, message = ConstraintMessages.MAX_LENGTH) String instructions,
        @Valid HoursRequest hours,
        @Size(max = 5, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid FaqRequest> faqs,
        @Valid MessageSettingsRequest messageSettings,
        Boolean live,
        String instructionsPreview) {
}
