package ai.tavari.domain.hours;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/** One concrete opening on the time line: {@code opens} inclusive, {@code closes} exclusive. */
public record OpenPeriod(ZonedDateTime opens, ZonedDateTime closes) {
    public OpenPeriod {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(opens.toInstant()) && instant.isBefore(closes.toInstant());
    }
}
