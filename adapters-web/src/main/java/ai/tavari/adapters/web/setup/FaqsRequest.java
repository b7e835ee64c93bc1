package ai.tavari.adapters.web.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Step 4: up to five FAQs, no question twice; an empty list is fine. */
public record FaqsRequest(
        @NotNull @Size(max = 5, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid FaqRequest> faqs) {
}
