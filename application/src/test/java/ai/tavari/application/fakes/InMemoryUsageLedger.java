package ai.tavari.application.fakes;

import ai.tavari.application.port.out.DailyMinutes;
import ai.tavari.application.port.out.RecordedUsage;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryUsageLedger implements UsageLedger {
    private final InMemoryCallSessionRepository calls;
    private final Map<CallId, Entry> entries = new LinkedHashMap<>();

    /** {@code calls} stands in for the database's rule that usage belongs to one of the business's calls. */
    public InMemoryUsageLedger(InMemoryCallSessionRepository calls) {
        this.calls = calls;
    }

    @Override
    public synchronized boolean record(BusinessId businessId, CallId callId, int billableMinutes, int seconds, Instant at) {
        UsageLedger.checkFigures(billableMinutes, seconds);
        if (!calls.isCallOf(businessId, callId)) {
            throw new IllegalArgumentException("call " + callId + " is not a call of business " + businessId);
        }
        return entries.putIfAbsent(callId, new Entry(businessId, billableMinutes, seconds, at)) == null;
    }

    @Override
    public synchronized Optional<RecordedUsage> recorded(BusinessId businessId, CallId callId) {
        return Optional.ofNullable(entries.get(callId)).filter(e -> e.businessId().equals(businessId))
                .map(e -> new RecordedUsage(callId, e.minutes(), e.seconds(), e.at()));
    }

    @Override
    public synchronized long minutesUsed(BusinessId businessId, UsagePeriod period) {
        return entries.values().stream()
                .filter(e -> e.businessId().equals(businessId) && period.contains(e.at()))
                .mapToLong(Entry::minutes)
                .sum();
    }

    @Override
    public synchronized List<DailyMinutes> dailyMinutes(BusinessId businessId, UsagePeriod period, ZoneId zone) {
        LocalDate first = period.start().atZone(zone).toLocalDate();
        LocalDate last = period.end().minusNanos(1).atZone(zone).toLocalDate();
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a period of more than " + MAX_DAYS + " days");
        }
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        entries.values().stream()
                .filter(e -> e.businessId().equals(businessId) && period.contains(e.at()))
                .forEach(e -> perDay.merge(e.at().atZone(zone).toLocalDate(), (long) e.minutes(), Long::sum));
        List<DailyMinutes> days = new ArrayList<>();
        perDay.forEach((day, minutes) -> days.add(new DailyMinutes(day, minutes)));
        return days;
    }

    private record Entry(BusinessId businessId, int minutes, int seconds, Instant at) {
    }
}
