package ai.tavari.adapters.web.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Step 3. {@code timeZone} (IANA, optional) becomes the business's time zone; {@code afterHours}
 * is TAKE_MESSAGE, TRANSFER (needs a transfer number) or HOURS_ONLY.
 */
public record HoursRequest(
        @Size(max = 64, message = ConstraintMessages.MAX_LENGTH) String timeZone,
        @NotNull @Valid WeeklyHoursRequest weekly,
        @Size(max = 100, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid HolidayRequest> holidays,
        @NotBlank @Pattern(regexp = "(?i)TAKE_MESSAGE|TRANSFER|HOURS_ONLY",
                message = "must be one of TAKE_MESSAGE, TRANSFER, HOURS_ONLY") String afterHours) {
}
