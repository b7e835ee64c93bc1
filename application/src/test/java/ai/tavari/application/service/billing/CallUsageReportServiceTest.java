package ai.tavari.application.service.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.fakes.RecordingUsageReporter;
import ai.tavari.application.fakes.RecordingUsageReporter.Report;
import ai.tavari.application.port.in.billing.OverageReport;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallUsageReportServiceTest {
    private static final UsagePeriod PERIOD = UsagePeriod.of(Instant.parse("2026-11-05T08:00:00Z"),
            Instant.parse("2026-12-05T08:00:00Z"));
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19_900, "USD"), 10, 2, false,
            Optional.empty(), 0);
    private static final Plan GROWTH = new Plan("growth", "Growth", Money.of(49_900, "USD"), 10, 5, true,
            Optional.of(Money.of(25, "USD")), 0);

    private final OwnerData data = new OwnerData();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final ConfiguredPlans catalog = new ConfiguredPlans(List.of(STARTER, GROWTH), STARTER);
    private final BusinessSubscriptionService businessSubscription = new BusinessSubscriptionService(subscriptions,
            data.businesses, catalog, new BillingSettings(Duration.ofDays(7), "starter"));
    private final RecordingUsageReporter reporter = new RecordingUsageReporter(true);
    private final CallUsageReportService service = new CallUsageReportService(data.usage, businessSubscription,
            subscriptions, catalog, reporter);
    private final Business business = data.business("Ana Salon", ZoneId.of("Europe/Lisbon"));

    private void subscribe(String plan) {
        subscriptions.save(new StoredSubscription(business.id(), plan, SubscriptionStatus.ACTIVE, Optional.of("cus_42"),
                Optional.of("sub_42"), Optional.of(PERIOD), false, Optional.empty(), Optional.of(PERIOD.start()),
                PERIOD.start()));
    }

    /** A metered call of {@code minutes} whole minutes that ended at {@code end}. */
    private CallSession call(Instant end, int minutes) {
        CallSession call = data.endedCall(business.id(), end.minusSeconds(minutes * 60L), minutes * 60,
                ai.tavari.domain.call.Outcome.COMPLETED, Intent.FAQ);
        data.meter(call);
        return call;
    }

    private OverageReport report(CallSession call) {
        return service.report(business.id(), call.id());
    }

    @Test
    void reportsOnlyTheMinutesBeyondTheIncludedOnes() {
        subscribe("growth");
        CallSession first = call(PERIOD.start().plus(Duration.ofDays(1)), 8);
        CallSession crossing = call(PERIOD.start().plus(Duration.ofDays(2)), 5);
        CallSession beyond = call(PERIOD.start().plus(Duration.ofDays(3)), 4);

        assertThat(report(first)).isEqualTo(OverageReport.none(OverageReport.Outcome.WITHIN_PLAN));
        assertThat(report(crossing)).isEqualTo(new OverageReport(OverageReport.Outcome.REPORTED, 3));
        assertThat(report(beyond)).isEqualTo(new OverageReport(OverageReport.Outcome.REPORTED, 4));
        assertThat(reporter.reports()).containsExactly(
                new Report("cus_42", crossing.id(), 3, crossing.endedAt().orElseThrow()),
                new Report("cus_42", beyond.id(), 4, beyond.endedAt().orElseThrow()));
    }

    @Test
    void aRetryReportsTheSameFigureForTheSameCallEvenAfterLaterCalls() {
        subscribe("growth");
        call(PERIOD.start().plus(Duration.ofDays(1)), 12);
        CallSession over = call(PERIOD.start().plus(Duration.ofDays(2)), 3);
        report(over);
        call(PERIOD.start().plus(Duration.ofDays(3)), 20);

        assertThat(report(over)).isEqualTo(new OverageReport(OverageReport.Outcome.REPORTED, 3));
        assertThat(reporter.reports()).extracting(Report::callId, Report::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(over.id(), 3L),
                        org.assertj.core.groups.Tuple.tuple(over.id(), 3L));
    }

    @Test
    void minutesOfTheCallsPeriodOnlyCountAgainstTheIncludedOnes() {
        subscribe("growth");
        call(PERIOD.start().minusSeconds(60), 30);
        CallSession afterRenewal = call(PERIOD.end().plus(Duration.ofHours(1)), 7);
        CallSession inPeriod = call(PERIOD.start().plus(Duration.ofDays(1)), 7);

        assertThat(report(inPeriod).outcome()).isEqualTo(OverageReport.Outcome.WITHIN_PLAN);
        assertThat(report(afterRenewal).outcome()).as("the next period starts from zero")
                .isEqualTo(OverageReport.Outcome.WITHIN_PLAN);
        assertThat(reporter.reports()).isEmpty();
    }

    @Test
    void aPlanWithoutOverageReportsNothing() {
        subscribe("starter");
        call(PERIOD.start().plus(Duration.ofDays(1)), 9);
        CallSession over = call(PERIOD.start().plus(Duration.ofDays(2)), 9);

        assertThat(report(over)).isEqualTo(OverageReport.none(OverageReport.Outcome.NO_OVERAGE_ON_PLAN));
        assertThat(reporter.reports()).isEmpty();
    }

    @Test
    void nothingIsReportedWithoutACustomerAnUnrecordedCallOrKeys() {
        CallSession noSubscription = call(PERIOD.start().plus(Duration.ofDays(1)), 40);
        assertThat(report(noSubscription).outcome()).isEqualTo(OverageReport.Outcome.NO_OVERAGE_ON_PLAN);

        subscriptions.save(new StoredSubscription(business.id(), "growth", SubscriptionStatus.INCOMPLETE, Optional.empty(),
                Optional.empty(), Optional.of(PERIOD), false, Optional.empty(), Optional.empty(), PERIOD.start()));
        assertThat(report(noSubscription).outcome()).isEqualTo(OverageReport.Outcome.NO_BILLING_ACCOUNT);

        subscribe("growth");
        CallSession unmetered = data.endedCall(business.id(), PERIOD.start().plus(Duration.ofDays(2)), 600,
                ai.tavari.domain.call.Outcome.COMPLETED, Intent.FAQ);
        assertThat(report(unmetered).outcome()).isEqualTo(OverageReport.Outcome.NOT_RECORDED);
        Business other = data.business("Other", ZoneId.of("UTC"));
        assertThat(service.report(other.id(), noSubscription.id()).outcome()).as("another business's call")
                .isEqualTo(OverageReport.Outcome.NOT_RECORDED);

        CallUsageReportService withoutKeys = new CallUsageReportService(data.usage, businessSubscription, subscriptions,
                catalog, new RecordingUsageReporter(false));
        assertThat(withoutKeys.report(business.id(), noSubscription.id()).outcome())
                .isEqualTo(OverageReport.Outcome.BILLING_NOT_CONFIGURED);
        assertThat(reporter.reports()).isEmpty();
    }
}
