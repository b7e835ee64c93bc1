package ai.tavari.domain.hours;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** Whether the business is open at one instant, with the next change. */
public sealed interface HoursStatus {

    boolean isOpen();

    /**
     * Open now. {@code closesAt} is the end of the current continuous opening (adjacent spans are
     * merged); empty when no closing lies ahead (open around the clock).
     */
    record Open(Optional<ZonedDateTime> closesAt) implements HoursStatus {
        public Open {
            Objects.requireNonNull(closesAt, "closesAt");
        }

        @Override
        public boolean isOpen() {
            return true;
        }
    }

    /**
     * Closed now. {@code opensAt} is empty when the schedule never opens again; {@code holidayToday}
     * is set when today's local date is a holiday.
     */
    record Closed(Optional<ZonedDateTime> opensAt, Optional<Holiday> holidayToday) implements HoursStatus {
        public Closed {
            Objects.requireNonNull(opensAt, "opensAt");
            Objects.requireNonNull(holidayToday, "holidayToday");
        }

        @Override
        public boolean isOpen() {
            return false;
        }
    }
}
