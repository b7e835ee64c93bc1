package ai.tavari.adapters.web.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Openings per day of the week; a day that is missing or empty is closed. */
public record WeeklyHoursRequest(
        @Size(max = 4, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid OpeningRequest> monday,
        @Size(max = 4, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid OpeningRequest> tuesday,
        @Size(max = 4, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid OpeningRequest> wednesday,
        @Size(max = 4, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid OpeningRequest> thursday,
        @Size(max = 4, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid OpeningRequest> friday,
        @Size(max = 4, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid OpeningRequest> saturday,
        @Size(max = 4, message = ConstraintMessages.MAX_ENTRIES) List<@NotNull @Valid OpeningRequest> sunday) {
}
