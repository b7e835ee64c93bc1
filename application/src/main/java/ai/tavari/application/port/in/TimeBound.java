package ai.tavari.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One end of a date range as the owner gave it: an exact instant, or a calendar day, which is read
 * in the business's time zone. A day as the start of a range starts at its first moment; a day as
 * the end of a range includes that whole day.
 */
public sealed interface TimeBound {
    static TimeBound at(Instant instant) {
        return new At(instant);
    }

    static TimeBound on(LocalDate day) {
        return new OnDay(day);
    }

    /** This bound as the inclusive start of a range. */
    Instant asStart(ZoneId zone);

    /** This bound as the exclusive end of a range. */
    Instant asEnd(ZoneId zone);

    /** Whether resolving this bound needs the business's time zone. */
    boolean needsZone();

    record At(Instant instant) implements TimeBound {
        public At {
            Objects.requireNonNull(instant, "instant");
        }

        @Override
        public Instant asStart(ZoneId zone) {
            return instant;
        }

        @Override
        public Instant asEnd(ZoneId zone) {
            return instant;
        }

        @Override
        public boolean needsZone() {
            return false;
        }
    }

    record OnDay(LocalDate day) implements TimeBound {
        public OnDay {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public Instant asStart(ZoneId zone) {
            return day.atStartOfDay(zone).toInstant();
        }

        @Override
        public Instant asEnd(ZoneId zone) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }

        @Override
        public boolean needsZone() {
            return true;
        }
    }
}
