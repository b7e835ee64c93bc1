package ai.tavari.domain.billing;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;

/** A billing period: {@code start} inclusive, {@code end} exclusive. */
public record UsagePeriod(Instant start, Instant end) {
    public UsagePeriod {
        if (start == null || end == null) {
            throw new DomainValidationException("period", "start and end are required");
        }
        if (!start.isBefore(end)) {
            throw new DomainValidationException("period", "must start before it ends");
        }
    }

    public static UsagePeriod of(Instant start, Instant end) {
        return new UsagePeriod(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True once {@code instant} is at or past the end. */
    public boolean hasEndedBy(Instant instant) {
        return !instant.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
