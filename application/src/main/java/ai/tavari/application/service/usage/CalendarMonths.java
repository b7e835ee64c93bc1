package ai.tavari.application.service.usage;

import ai.tavari.domain.billing.UsagePeriod;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/** Calendar months as usage periods: from the first moment of the month's first day, local time, to the next month's. */
public final class CalendarMonths {
    private CalendarMonths() {
    }

    public static UsagePeriod period(YearMonth month, ZoneId zone) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        return UsagePeriod.of(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** The month, in {@code zone}, that {@code instant} falls in. */
    public static YearMonth monthOf(Instant instant, ZoneId zone) {
        return YearMonth.from(instant.atZone(zone));
    }

    public static UsagePeriod containing(Instant instant, ZoneId zone) {
        return period(monthOf(instant, zone), zone);
    }
}
