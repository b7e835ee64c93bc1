package ai.tavari.application.service.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.usage.MonthUsage;
import ai.tavari.application.port.in.usage.UsageHistory;
import ai.tavari.application.port.in.usage.UsageState;
import ai.tavari.application.port.in.usage.UsageStatus;
import ai.tavari.application.port.out.CurrentPlan;
import ai.tavari.application.port.out.DailyMinutes;
import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.service.billing.BillingSettings;
import ai.tavari.application.service.billing.BusinessSubscriptionService;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Plan PLAN = new Plan("starter", "Starter", Money.of(4900, "USD"), 10, 1, false, Optional.empty(), 0);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final OwnerData data = new OwnerData();
    private final CurrentPlan calendarMonths = (business, now) ->
            new PlanTerm(PLAN, CalendarMonths.containing(now, business.timeZone()));
    private final UsageService service = new UsageService(data.businesses, calendarMonths, data.usage, data.calls, clock);
    private final Business business = data.business("Bakery", BERLIN);
    private final Business other = data.business("Other", BERLIN);

    @Test
    void statusCountsMinutesAndCallsOfTheCurrentPeriodOnly() {
        // November in Berlin starts 2026-10-31T23:00Z
        data.meter(data.endedCall(business.id(), Instant.parse("2026-10-31T22:58:00Z"), 60, Outcome.COMPLETED, Intent.HOURS));
        data.meter(data.endedCall(business.id(), Instant.parse("2026-10-31T23:00:00Z"), 121, Outcome.COMPLETED, Intent.HOURS));
        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-24T10:00:00Z"), 240, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(other.id(), Instant.parse("2026-11-24T10:00:00Z"), 600, Outcome.COMPLETED, Intent.FAQ));

        UsageStatus status = service.status(business.id());

        assertThat(status.plan()).isEqualTo(PLAN);
        assertThat(status.period().start()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(status.period().end()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(status.timeZone()).isEqualTo(BERLIN);
        assertThat(status.minutesUsed()).isEqualTo(7);
        assertThat(status.minutesRemaining()).isEqualTo(3);
        assertThat(status.percentUsed()).isEqualTo(70);
        assertThat(status.callsThisPeriod()).isEqualTo(2);
        assertThat(status.state()).isEqualTo(UsageState.OK);
    }

    @Test
    void statusReachesWarningAndThenTheLimit() {
        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-24T10:00:00Z"), 480, Outcome.COMPLETED, Intent.FAQ));
        assertThat(service.status(business.id()).state()).isEqualTo(UsageState.WARNING);

        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-24T11:00:00Z"), 120, Outcome.COMPLETED, Intent.FAQ));
        UsageStatus status = service.status(business.id());
        assertThat(status.state()).isEqualTo(UsageState.LIMIT_REACHED);
        assertThat(status.minutesRemaining()).isZero();
        assertThat(status.percentUsed()).isEqualTo(100);
    }

    @Test
    void historyHasOneEntryPerMonthEndingWithTheCurrentAndEveryDayOfTheCurrentPeriod() {
        data.meter(data.endedCall(business.id(), Instant.parse("2026-09-15T10:00:00Z"), 300, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-02T10:00:00Z"), 60, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-02T11:00:00Z"), 90, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-25T11:00:00Z"), 30, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(other.id(), Instant.parse("2026-11-02T10:00:00Z"), 600, Outcome.COMPLETED, Intent.FAQ));

        UsageHistory history = service.history(business.id(), 3);

        assertThat(history.months()).extracting(MonthUsage::month)
                .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(history.months()).extracting(MonthUsage::minutes).containsExactly(5L, 0L, 4L);
        assertThat(history.months()).extracting(MonthUsage::calls).containsExactly(1L, 0L, 3L);
        assertThat(history.months().get(0).period().start()).isEqualTo(Instant.parse("2026-08-31T22:00:00Z"));
        assertThat(history.includedMinutes()).isEqualTo(10);
        assertThat(history.currentPeriodDays()).hasSize(30);
        assertThat(history.currentPeriodDays().get(0)).isEqualTo(new DailyMinutes(LocalDate.of(2026, 11, 1), 0));
        assertThat(history.currentPeriodDays().get(1)).isEqualTo(new DailyMinutes(LocalDate.of(2026, 11, 2), 3));
        assertThat(history.currentPeriodDays().get(24)).isEqualTo(new DailyMinutes(LocalDate.of(2026, 11, 25), 1));
    }

    @Test
    void historyLengthIsChecked() {
        assertThat(service.history(business.id(), 24).months()).hasSize(24);
        for (int months : new int[] {0, 25}) {
            assertThatThrownBy(() -> service.history(business.id(), months))
                    .isInstanceOfSatisfying(InvalidCommandException.class, e ->
                            assertThat(e.errors()).extracting(FieldError::field).containsExactly("months"));
        }
    }

    @Test
    void theUsagePeriodIsTheBillingPeriodAndMinutesStartAgainAtRenewalWithTheHistoryKept() {
        InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
        UsagePeriod billing = UsagePeriod.of(Instant.parse("2026-11-05T08:00:00Z"), Instant.parse("2026-12-05T08:00:00Z"));
        subscriptions.save(new StoredSubscription(business.id(), "starter", SubscriptionStatus.ACTIVE, Optional.of("cus_1"),
                Optional.of("sub_1"), Optional.of(billing), false, Optional.empty(), Optional.of(billing.start()),
                billing.start()));
        UsageService billed = new UsageService(data.businesses, new BusinessSubscriptionService(subscriptions,
                data.businesses, new ConfiguredPlans(List.of(PLAN), PLAN), new BillingSettings(Duration.ofDays(7), "starter")),
                data.usage, data.calls, clock);
        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-04T10:00:00Z"), 120, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(business.id(), Instant.parse("2026-11-24T10:00:00Z"), 180, Outcome.COMPLETED, Intent.FAQ));

        UsageStatus november = billed.status(business.id());
        assertThat(november.period()).isEqualTo(billing);
        assertThat(november.minutesUsed()).as("the call before the billing period is not counted").isEqualTo(3);

        clock.advance(Duration.ofDays(10));
        data.meter(data.endedCall(business.id(), Instant.parse("2026-12-05T09:00:00Z"), 60, Outcome.COMPLETED, Intent.FAQ));
        UsageStatus december = billed.status(business.id());
        assertThat(december.period()).isEqualTo(UsagePeriod.of(billing.end(), Instant.parse("2027-01-05T08:00:00Z")));
        assertThat(december.minutesUsed()).isEqualTo(1);
        UsageHistory history = billed.history(business.id(), 2);
        assertThat(history.months()).extracting(MonthUsage::minutes).containsExactly(5L, 1L);
        assertThat(history.currentPeriod()).isEqualTo(december.period());
        assertThat(history.currentPeriodDays()).as("Berlin days 5 December to 5 January").hasSize(32);
    }
}
