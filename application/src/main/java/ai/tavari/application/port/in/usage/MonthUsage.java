package ai.tavari.application.port.in.usage;

import ai.tavari.domain.billing.UsagePeriod;
import java.time.YearMonth;
import java.util.Objects;

/** Minutes metered and calls started in one calendar month (in the business's time zone). */
public record MonthUsage(YearMonth month, UsagePeriod period, long minutes, long calls) {
    public MonthUsage {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(period, "period");
        if (minutes < 0 || calls < 0) {
            throw new IllegalArgumentException("usage figures must not be negative");
        }
    }
}
