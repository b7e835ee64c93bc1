package ai.tavari.application.port.out;

import java.time.LocalDate;
import java.util.Objects;

/** Billable minutes of calls metered on one local day. */
public record DailyMinutes(LocalDate day, long minutes) {
    public DailyMinutes {
        Objects.requireNonNull(day, "day");
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
    }
}
