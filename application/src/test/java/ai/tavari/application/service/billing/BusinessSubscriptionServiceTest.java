package ai.tavari.application.service.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.billing.BusinessSubscription;
import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.domain.billing.CallAuthorizationRequest;
import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsageDecision;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.billing.UsagePolicy;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessSubscriptionServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-10T12:00:00Z");
    private static final UsagePeriod STRIPE_PERIOD = UsagePeriod.of(Instant.parse("2026-11-05T08:00:00Z"),
            Instant.parse("2026-12-05T08:00:00Z"));
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19_900, "USD"), 1_000, 3, false,
            Optional.empty(), 0);

    private final OwnerData data = new OwnerData();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final BusinessSubscriptionService service = new BusinessSubscriptionService(subscriptions,
            data.businesses, new ConfiguredPlans(List.of(STARTER), STARTER), new BillingSettings(Duration.ofDays(3), "starter"));
    private final Business business = data.business("Ana Salon", ZoneId.of("America/New_York"));

    private void store(SubscriptionStatus status, Optional<Instant> pastDueSince, Optional<UsagePeriod> period) {
        subscriptions.save(new StoredSubscription(business.id(), "starter", status, Optional.of("cus_1"),
                Optional.of("sub_1"), period, false, pastDueSince, Optional.of(NOW.minusSeconds(60)), NOW));
    }

    private UsageDecision decide(Instant at) {
        BusinessSubscription current = service.subscriptionOf(business.id(), at);
        return UsagePolicy.standard().decide(new CallAuthorizationRequest(business,
                Optional.of(current.subscription()), Optional.of(STARTER), true, 0, 0, at, current.pastDueGrace()));
    }

    @Test
    void aBusinessWithoutSubscriptionIsOnTheDefaultPlanInCalendarMonths() {
        BusinessSubscription current = service.subscriptionOf(business.id(), NOW);

        assertThat(current.subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(current.subscription().planCode()).isEqualTo("starter");
        assertThat(current.subscription().currentPeriod().start()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(current.pastDueGrace()).isEqualTo(Duration.ofDays(3));
        assertThat(decide(NOW)).isInstanceOf(UsageDecision.Allow.class);
    }

    @Test
    void withATrialAsDefaultPlanANewBusinessTrialsAndIsStoppedWhenTheTrialEnds() {
        Plan trial = new Plan("trial", "Trial", Money.of(0, "USD"), 30, 1, false, Optional.empty(), 14);
        BusinessSubscriptionService trialing = new BusinessSubscriptionService(subscriptions, data.businesses,
                new ConfiguredPlans(List.of(trial, STARTER), trial), new BillingSettings(Duration.ofDays(3), "trial"));
        Instant signedUp = business.createdAt();

        BusinessSubscription during = trialing.subscriptionOf(business.id(), signedUp.plus(Duration.ofDays(13)));
        BusinessSubscription after = trialing.subscriptionOf(business.id(), signedUp.plus(Duration.ofDays(15)));

        assertThat(during.subscription().status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(during.subscription().currentPeriod()).as("calendar months, during the trial too")
                .isEqualTo(ai.tavari.application.service.usage.CalendarMonths.containing(signedUp.plus(Duration.ofDays(13)),
                        business.timeZone()));
        assertThat(after.subscription().status()).isEqualTo(SubscriptionStatus.NONE);
        assertThat(UsagePolicy.standard().decide(new CallAuthorizationRequest(business, Optional.of(after.subscription()),
                Optional.of(trial), true, 0, 0, signedUp.plus(Duration.ofDays(15)), after.pastDueGrace())))
                .isInstanceOf(UsageDecision.Deny.class);
    }

    @Test
    void theUsagePeriodFollowsTheBillingPeriod() {
        store(SubscriptionStatus.ACTIVE, Optional.empty(), Optional.of(STRIPE_PERIOD));

        assertThat(service.subscriptionOf(business.id(), NOW).subscription().currentPeriod()).isEqualTo(STRIPE_PERIOD);
    }

    @Test
    void pastDueWorksUntilTheGracePeriodEnds() {
        Instant since = NOW.minus(Duration.ofDays(1));
        store(SubscriptionStatus.PAST_DUE, Optional.of(since), Optional.of(STRIPE_PERIOD));

        assertThat(decide(NOW)).isInstanceOf(UsageDecision.Allow.class);
        assertThat(decide(since.plus(Duration.ofDays(3)))).isEqualTo(
                new UsageDecision.Deny(DenyReason.PAYMENT_OVERDUE, ai.tavari.domain.billing.Fallback.VOICEMAIL));
    }

    @Test
    void canceledStopsAtTheEndOfThePeriod() {
        store(SubscriptionStatus.CANCELED, Optional.empty(), Optional.of(STRIPE_PERIOD));

        assertThat(decide(NOW)).isInstanceOf(UsageDecision.Allow.class);
        assertThat(decide(STRIPE_PERIOD.end())).isInstanceOf(UsageDecision.Deny.class)
                .extracting(d -> ((UsageDecision.Deny) d).reason()).isEqualTo(DenyReason.SUBSCRIPTION_ENDED);
    }

    @Test
    void aSubscriptionWithoutReportedPeriodCountsInCalendarMonths() {
        store(SubscriptionStatus.INCOMPLETE, Optional.empty(), Optional.empty());

        BusinessSubscription current = service.subscriptionOf(business.id(), NOW);
        assertThat(current.subscription().currentPeriod().end()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(decide(NOW)).isInstanceOf(UsageDecision.Deny.class);
    }

    @Test
    void theTermIsTheSubscriptionsPlanAndBillingPeriod() {
        Plan growth = new Plan("growth", "Growth", Money.of(49_900, "USD"), 1_900, 5, true,
                Optional.of(Money.of(25, "USD")), 0);
        BusinessSubscriptionService twoPlans = new BusinessSubscriptionService(subscriptions, data.businesses,
                new ConfiguredPlans(List.of(STARTER, growth), STARTER), new BillingSettings(Duration.ofDays(3), "starter"));
        subscriptions.save(new StoredSubscription(business.id(), "growth", SubscriptionStatus.ACTIVE, Optional.of("cus_1"),
                Optional.of("sub_1"), Optional.of(STRIPE_PERIOD), false, Optional.empty(), Optional.of(NOW), NOW));

        assertThat(twoPlans.termFor(business, NOW)).isEqualTo(new PlanTerm(growth, STRIPE_PERIOD));
    }

    @Test
    void aPlanNoLongerInTheCatalogueCountsAgainstTheDefaultPlan() {
        subscriptions.save(new StoredSubscription(business.id(), "retired", SubscriptionStatus.ACTIVE, Optional.of("cus_1"),
                Optional.of("sub_1"), Optional.of(STRIPE_PERIOD), false, Optional.empty(), Optional.of(NOW), NOW));

        assertThat(service.termFor(business, NOW)).isEqualTo(new PlanTerm(STARTER, STRIPE_PERIOD));
    }

    @Test
    void atRenewalThePeriodMovesOnEvenBeforeTheRenewalEventArrives() {
        store(SubscriptionStatus.ACTIVE, Optional.empty(), Optional.of(STRIPE_PERIOD));
        Instant afterRenewal = STRIPE_PERIOD.end().plusSeconds(60);
        UsagePeriod december = UsagePeriod.of(STRIPE_PERIOD.end(), Instant.parse("2027-01-05T08:00:00Z"));

        assertThat(service.subscriptionOf(business.id(), afterRenewal).subscription().currentPeriod()).isEqualTo(december);
        assertThat(service.termFor(business, afterRenewal).period()).isEqualTo(december);
        assertThat(decide(afterRenewal)).isInstanceOf(UsageDecision.Allow.class);
    }

    @Test
    void aPastDueSubscriptionAlsoMovesOnButACanceledOneKeepsItsLastPeriod() {
        Instant later = STRIPE_PERIOD.end().plus(Duration.ofDays(40));
        store(SubscriptionStatus.PAST_DUE, Optional.of(NOW), Optional.of(STRIPE_PERIOD));
        assertThat(service.termFor(business, later).period().start()).isEqualTo(Instant.parse("2027-01-05T08:00:00Z"));

        store(SubscriptionStatus.CANCELED, Optional.empty(), Optional.of(STRIPE_PERIOD));
        assertThat(service.termFor(business, later).period()).isEqualTo(STRIPE_PERIOD);
    }
}
