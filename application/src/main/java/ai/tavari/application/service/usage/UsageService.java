package ai.tavari.application.service.usage;

import ai.tavari.application.port.in.usage.GetUsageHistory;
import ai.tavari.application.port.in.usage.GetUsageStatus;
import ai.tavari.application.port.in.usage.MonthUsage;
import ai.tavari.application.port.in.usage.UsageHistory;
import ai.tavari.application.port.in.usage.UsageStatus;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.CurrentPlan;
import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Minutes used against the plan. Minutes count in the period they were metered in (a call's end);
 * calls count in the period they started in.
 */
@Singleton
@Transactional
public class UsageService implements GetUsageStatus, GetUsageHistory {
    private final BusinessRepository businesses;
    private final CurrentPlan currentPlan;
    private final UsageLedger usage;
    private final CallSessionRepository calls;
    private final Clock clock;

    @Inject
    public UsageService(BusinessRepository businesses, CurrentPlan currentPlan, UsageLedger usage,
                        CallSessionRepository calls, Clock clock) {
        this.businesses = businesses;
        this.currentPlan = currentPlan;
        this.usage = usage;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public UsageStatus status(BusinessId businessId) {
        Business business = business(businessId);
        PlanTerm term = currentPlan.termFor(business, clock.instant());
        return new UsageStatus(term.plan(), term.period(), business.timeZone(),
                usage.minutesUsed(businessId, term.period()), callsIn(businessId, term.period()));
    }

    @Override
    public UsageHistory history(BusinessId businessId, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw InvalidCommandException.of("months", "must be between 1 and " + MAX_MONTHS);
        }
        Business business = business(businessId);
        Instant now = clock.instant();
        PlanTerm term = currentPlan.termFor(business, now);
        YearMonth current = CalendarMonths.monthOf(now, business.timeZone());
        List<MonthUsage> history = new ArrayList<>(months);
        for (YearMonth month = current.minusMonths(months - 1L); !month.isAfter(current); month = month.plusMonths(1)) {
            UsagePeriod period = CalendarMonths.period(month, business.timeZone());
            history.add(new MonthUsage(month, period, usage.minutesUsed(businessId, period), callsIn(businessId, period)));
        }
        return new UsageHistory(business.timeZone(), history, term.period(), term.plan().includedMinutes(),
                usage.dailyMinutes(businessId, term.period(), business.timeZone()));
    }

    private long callsIn(BusinessId businessId, UsagePeriod period) {
        return calls.list(businessId, CallQuery.newest().withRange(period.start(), period.end()).withLimit(1)).total();
    }

    private Business business(BusinessId businessId) {
        return businesses.findById(businessId)
                .orElseThrow(() -> new IllegalStateException("authenticated business no longer exists"));
    }
}
