package ai.tavari.adapters.persistence.usage;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.DailyMinutes;
import ai.tavari.application.port.out.RecordedUsage;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaUsageLedger implements UsageLedger {
    /**
     * Inserts only for a call of the business, and does nothing if the call is metered already; a
     * concurrent insert for the same call waits for the other transaction and then does nothing.
     */
    private static final String RECORD_ONCE = "INSERT INTO usage_minutes (call_id, business_id, minutes, seconds, recorded_at)"
            + " SELECT c.id, c.business_id, CAST(?3 AS integer), CAST(?4 AS integer), CAST(?5 AS timestamptz)"
            + " FROM call_sessions c WHERE c.id = ?1 AND c.business_id = ?2"
            + " ON CONFLICT (call_id) DO NOTHING";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaUsageLedger() {
    }

    public JpaUsageLedger(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean record(BusinessId businessId, CallId callId, int billableMinutes, int seconds, Instant at) {
        UsageLedger.checkFigures(billableMinutes, seconds);
        int inserted = em.createNativeQuery(RECORD_ONCE)
                .setParameter(1, callId.value())
                .setParameter(2, businessId.value())
                .setParameter(3, billableMinutes)
                .setParameter(4, seconds)
                .setParameter(5, Timestamps.toColumnMicros(at))
                .executeUpdate();
        if (inserted == 1) {
            return true;
        }
        long ownCall = em.createQuery("select count(c) from CallSessionEntity c where c.id = :id and c.businessId = :businessId",
                        Long.class)
                .setParameter("id", callId.value())
                .setParameter("businessId", businessId.value())
                .getSingleResult();
        if (ownCall == 0) {
            throw new IllegalArgumentException("call " + callId + " is not a call of business " + businessId);
        }
        return false;
    }

    @Override
    public Optional<RecordedUsage> recorded(BusinessId businessId, CallId callId) {
        UsageEntity entry = em.find(UsageEntity.class, callId.value());
        if (entry == null || !entry.businessId.equals(businessId.value())) {
            return Optional.empty();
        }
        return Optional.of(new RecordedUsage(callId, entry.minutes, entry.seconds, Timestamps.fromColumn(entry.recordedAt)));
    }

    @Override
    public long minutesUsed(BusinessId businessId, UsagePeriod period) {
        Long sum = em.createQuery("select sum(u.minutes) from UsageEntity u where u.businessId = :businessId"
                        + " and u.recordedAt >= :start and u.recordedAt < :end", Long.class)
                .setParameter("businessId", businessId.value())
                .setParameter("start", Timestamps.toColumn(period.start()))
                .setParameter("end", Timestamps.toColumn(period.end()))
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /**
     * Local days are worked out here with the JVM's zone rules, not with the database's time zone
     * names (which may lag behind and read fixed offsets with the opposite sign).
     */
    @Override
    public List<DailyMinutes> dailyMinutes(BusinessId businessId, UsagePeriod period, ZoneId zone) {
        LocalDate first = period.start().atZone(zone).toLocalDate();
        LocalDate last = period.end().minusNanos(1).atZone(zone).toLocalDate();
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a period of more than " + MAX_DAYS + " days");
        }
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        List<Object[]> rows = em.createQuery("select u.recordedAt, u.minutes from UsageEntity u"
                        + " where u.businessId = :businessId and u.recordedAt >= :start and u.recordedAt < :end", Object[].class)
                .setParameter("businessId", businessId.value())
                .setParameter("start", Timestamps.toColumn(period.start()))
                .setParameter("end", Timestamps.toColumn(period.end()))
                .getResultList();
        for (Object[] row : rows) {
            LocalDate day = ((OffsetDateTime) row[0]).atZoneSameInstant(zone).toLocalDate();
            perDay.merge(day, ((Number) row[1]).longValue(), Long::sum);
        }
        List<DailyMinutes> days = new ArrayList<>(perDay.size());
        perDay.forEach((day, minutes) -> days.add(new DailyMinutes(day, minutes)));
        return days;
    }
}
