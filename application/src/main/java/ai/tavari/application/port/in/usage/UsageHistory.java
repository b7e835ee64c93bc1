package ai.tavari.application.port.in.usage;

import ai.tavari.application.port.out.DailyMinutes;
import ai.tavari.domain.billing.UsagePeriod;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Usage over time, for charts: one entry per calendar month, oldest first and ending with the
 * current month, and the current usage period day by day (every day of the period, zero included).
 */
public record UsageHistory(ZoneId timeZone, List<MonthUsage> months, UsagePeriod currentPeriod, long includedMinutes,
                           List<DailyMinutes> currentPeriodDays) {
    public UsageHistory {
        Objects.requireNonNull(timeZone, "timeZone");
        months = List.copyOf(months);
        Objects.requireNonNull(currentPeriod, "currentPeriod");
        currentPeriodDays = List.copyOf(currentPeriodDays);
    }
}
