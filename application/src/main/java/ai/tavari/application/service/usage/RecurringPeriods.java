package ai.tavari.application.service.usage;

import ai.tavari.domain.billing.UsagePeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The period of a recurring subscription that contains an instant, from one period the payment
 * provider reported. It keeps the usage window moving at renewal when the provider's renewal event
 * is late (minutes recorded after the reported end would otherwise count in no period), and finds
 * the earlier period of a call recorded before a renewal that arrived first. A period that is a
 * whole number of months long (1, 3, 6 or 12, in UTC like the provider's billing anchor) repeats
 * by months counted from its start; any other repeats by its length.
 */
public final class RecurringPeriods {
    private static final int[] MONTH_CADENCES = {1, 3, 6, 12};

    private RecurringPeriods() {
    }

    public static UsagePeriod containing(UsagePeriod reported, Instant instant) {
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(instant, "instant");
        if (reported.contains(instant)) {
            return reported;
        }
        ZonedDateTime anchor = reported.start().atZone(ZoneOffset.UTC);
        for (int months : MONTH_CADENCES) {
            if (anchor.plusMonths(months).toInstant().equals(reported.end())) {
                return byMonths(anchor, months, instant);
            }
        }
        return byLength(reported, instant);
    }

    private static UsagePeriod byMonths(ZonedDateTime anchor, int months, Instant instant) {
        // Counted from the anchor every time, so a period starting on the 31st comes back to the 31st.
        long step = Math.floorDiv(monthsBetween(anchor, instant), months);
        while (true) {
            UsagePeriod period = UsagePeriod.of(anchor.plusMonths(step * months).toInstant(),
                    anchor.plusMonths((step + 1) * months).toInstant());
            if (period.contains(instant)) {
                return period;
            }
            step += instant.isBefore(period.start()) ? -1 : 1;
        }
    }

    private static long monthsBetween(ZonedDateTime anchor, Instant instant) {
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        return (at.getYear() - anchor.getYear()) * 12L + at.getMonthValue() - anchor.getMonthValue();
    }

    private static UsagePeriod byLength(UsagePeriod reported, Instant instant) {
        Duration length = reported.length();
        long step = Math.floorDiv(Duration.between(reported.start(), instant).toNanos(), length.toNanos());
        Instant start = reported.start().plus(length.multipliedBy(step));
        return UsagePeriod.of(start, start.plus(length));
    }
}
