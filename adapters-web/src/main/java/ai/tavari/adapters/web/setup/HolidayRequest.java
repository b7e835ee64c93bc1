package ai.tavari.adapters.web.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A date the business is closed ("2026-12-25"), with an optional label the agent can say. */
public record HolidayRequest(
        @NotBlank @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date such as 2026-12-25") String date,
        @Size(max = 80, message = ConstraintMessages.MAX_LENGTH) String label) {
}
