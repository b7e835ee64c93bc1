package ai.tavari.adapters.persistence.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants are stored as UTC {@code timestamptz}; JPA 3.1 maps OffsetDateTime, not Instant. */
public final class Timestamps {
    private Timestamps() {
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant fromColumn(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /**
     * The instant as a {@code timestamptz} column keeps it: PostgreSQL stores microseconds, so
     * finer digits are cut here instead of being rounded by the driver (possibly into the next
     * microsecond), and a value read back compares equal to the value written.
     */
    public static OffsetDateTime toColumnMicros(Instant instant) {
        return instant == null ? null : toColumn(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
