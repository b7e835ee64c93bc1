package ai.tavari.adapters.persistence.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
}
