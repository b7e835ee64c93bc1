package ai.tavari.adapters.web.usage;

import ai.tavari.application.port.in.usage.MonthUsage;
import ai.tavari.application.port.in.usage.UsageHistory;
import ai.tavari.application.port.out.DailyMinutes;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart-ready usage: {@code months} oldest first ending with the current month ("2026-11"), and
 * {@code currentPeriod.days} with every day of the current period, its minutes and the running total.
 */
@JsonbPropertyOrder({"timeZone", "months", "currentPeriod"})
public record UsageHistoryView(String timeZone, List<Month> months, Period currentPeriod) {
    @JsonbPropertyOrder({"month", "start", "end", "minutes", "calls"})
    public record Month(String month, Instant start, Instant end, long minutes, long calls) {
        static Month of(MonthUsage usage) {
            return new Month(usage.month().toString(), usage.period().start(), usage.period().end(), usage.minutes(),
                    usage.calls());
        }
    }

    @JsonbPropertyOrder({"start", "end", "minutesIncluded", "minutesUsed", "days"})
    public record Period(Instant start, Instant end, long minutesIncluded, long minutesUsed, List<Day> days) {
    }

    @JsonbPropertyOrder({"date", "minutes", "cumulativeMinutes"})
    public record Day(LocalDate date, long minutes, long cumulativeMinutes) {
    }

    static UsageHistoryView of(UsageHistory history) {
        List<Day> days = new ArrayList<>(history.currentPeriodDays().size());
        long runningTotal = 0;
        for (DailyMinutes day : history.currentPeriodDays()) {
            runningTotal += day.minutes();
            days.add(new Day(day.day(), day.minutes(), runningTotal));
        }
        Period period = new Period(history.currentPeriod().start(), history.currentPeriod().end(),
                history.includedMinutes(), runningTotal, days);
        return new UsageHistoryView(history.timeZone().getId(), history.months().stream().map(Month::of).toList(), period);
    }
}
