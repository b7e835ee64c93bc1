package ai.tavari.adapters.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.FakeBillingGateway;
import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryProcessedEvents;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.InMemoryUserRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.NumberFakes;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.billing.BillingEventResult;
import ai.tavari.application.port.in.billing.BillingStatus;
import ai.tavari.application.port.in.billing.BusinessSubscription;
import ai.tavari.application.port.in.usage.UsageStatus;
import ai.tavari.application.service.billing.BillingEventService;
import ai.tavari.application.service.billing.BillingService;
import ai.tavari.application.service.billing.BillingSettings;
import ai.tavari.application.service.billing.BusinessSubscriptionService;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.application.service.usage.UsageService;
import ai.tavari.domain.billing.CallAuthorizationRequest;
import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.billing.Fallback;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsageDecision;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.billing.UsagePolicy;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new business from its trial through checkout, a failed payment, its recovery, a renewal and the
 * cancellation, driven only by signed Stripe webhooks. At every step the usage rules (as the call
 * pipeline applies them), the billing status and the usage status agree on plan, state and period.
 */
class SubscriptionLifecycleTest {
    private static final String SECRET = "whsec_lifecycle";
    private static final Plan TRIAL = new Plan("trial", "Free trial", Money.zero("USD"), 30, 1, false, Optional.empty(), 14);
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19_900, "USD"), 750, 2, false,
            Optional.empty(), 0);
    private static final Duration GRACE = Duration.ofDays(7);
    private static final UsagePeriod FIRST = UsagePeriod.of(Instant.parse("2026-01-03T10:00:00Z"),
            Instant.parse("2026-02-03T10:00:00Z"));
    private static final UsagePeriod SECOND = UsagePeriod.of(FIRST.end(), Instant.parse("2026-03-03T10:00:00Z"));

    private final OwnerData data = new OwnerData();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-03T09:00:00Z"));
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final ConfiguredPlans catalog = new ConfiguredPlans(List.of(TRIAL, STARTER), TRIAL);
    private final BillingSettings settings = new BillingSettings(GRACE, "trial");
    private final BusinessSubscriptionService businessSubscription = new BusinessSubscriptionService(subscriptions,
            data.businesses, catalog, settings);
    private final StripeWebhook webhook = new StripeWebhook(Optional.of(SECRET), new BillingEventService(
            new InMemoryProcessedEvents(), subscriptions, data.businesses, settings,
            new NotificationFixture().paymentAlerts(data.businesses, new InMemoryAgentSetupRepository(), clock),
            NumberFakes.releases(data.businesses, clock), clock));
    private final BillingService billing = new BillingService(data.businesses, new InMemoryUserRepository(), catalog,
            businessSubscription, data.usage, subscriptions, new FakeBillingGateway(true), clock);
    private final UsageService usage = new UsageService(data.businesses, businessSubscription, data.usage, data.calls, clock);
    private final Business business = data.business("Ana Salon", ZoneId.of("Europe/Lisbon"));
    private int eventNumber;

    @Test
    void trialCheckoutActivePaymentFailedRecoveredRenewedAndCanceled() throws Exception {
        assertThat(decide()).isInstanceOf(UsageDecision.Allow.class);
        expect(SubscriptionStatus.TRIALING, TRIAL, UsagePeriod.of(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(billing.status(business.id()).trialEnd()).contains(Instant.parse("2026-01-15T00:00:00Z"));

        at("2026-01-03T10:00:00Z");
        assertThat(deliver("checkout.session.completed", checkoutSession())).isEqualTo(BillingEventResult.APPLIED);
        deliver("customer.subscription.created", subscription("active", FIRST));
        assertThat(decide()).isInstanceOf(UsageDecision.Allow.class);
        expect(SubscriptionStatus.ACTIVE, STARTER, FIRST);
        data.meter(data.endedCall(business.id(), Instant.parse("2026-01-10T12:00:00Z"), 300, Outcome.COMPLETED, Intent.FAQ));
        at("2026-01-20T10:00:00Z");
        assertThat(usage.status(business.id()).minutesUsed()).isEqualTo(5);

        deliver("invoice.payment_failed", invoice(false));
        at("2026-01-21T10:00:00Z");
        assertThat(decide()).as("within the grace period").isInstanceOf(UsageDecision.Allow.class);
        expect(SubscriptionStatus.PAST_DUE, STARTER, FIRST);
        at("2026-01-27T10:00:00Z");
        assertThat(decide()).as("grace over").isEqualTo(new UsageDecision.Deny(DenyReason.PAYMENT_OVERDUE, Fallback.VOICEMAIL));

        at("2026-01-28T09:00:00Z");
        deliver("invoice.paid", invoice(true));
        assertThat(decide()).isInstanceOf(UsageDecision.Allow.class);
        expect(SubscriptionStatus.ACTIVE, STARTER, FIRST);
        assertThat(usage.status(business.id()).minutesUsed()).isEqualTo(5);

        at("2026-02-03T10:00:01Z");
        expect(SubscriptionStatus.ACTIVE, STARTER, SECOND);
        assertThat(usage.status(business.id()).minutesUsed()).as("renewed, before the renewal event arrives").isZero();
        deliver("customer.subscription.updated", subscription("active", SECOND));
        expect(SubscriptionStatus.ACTIVE, STARTER, SECOND);
        assertThat(usage.history(business.id(), 2).months().get(0).minutes()).as("January kept").isEqualTo(5);

        at("2026-02-10T10:00:00Z");
        deliver("customer.subscription.deleted", subscription("canceled", SECOND));
        assertThat(decide()).as("paid until the period ends").isInstanceOf(UsageDecision.Allow.class);
        expect(SubscriptionStatus.CANCELED, STARTER, SECOND);
        at("2026-03-03T10:00:00Z");
        assertThat(decide()).isEqualTo(new UsageDecision.Deny(DenyReason.SUBSCRIPTION_ENDED, Fallback.VOICEMAIL));
        assertThat(billing.status(business.id()).subscription().status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void eventsInAnyOrderAndTwiceEndInTheSameState() throws Exception {
        at("2026-01-03T10:00:00Z");
        String created = signedEvent("customer.subscription.created", subscription("active", FIRST));
        String checkout = signedEvent("checkout.session.completed", checkoutSession());
        at("2026-01-20T10:00:00Z");
        String failed = signedEvent("invoice.payment_failed", invoice(false));

        assertThat(receive(failed)).as("no subscription known yet").isEqualTo(BillingEventResult.IGNORED);
        assertThat(receive(created)).isEqualTo(BillingEventResult.APPLIED);
        assertThat(receive(checkout)).isEqualTo(BillingEventResult.APPLIED);
        assertThat(receive(created)).isEqualTo(BillingEventResult.DUPLICATE);

        expect(SubscriptionStatus.ACTIVE, STARTER, FIRST);
    }

    private void at(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    /** What the call pipeline decides for a call now: the subscription, its plan and the minutes of its period. */
    private UsageDecision decide() {
        Instant now = clock.instant();
        BusinessSubscription current = businessSubscription.subscriptionOf(business.id(), now);
        return UsagePolicy.standard().decide(new CallAuthorizationRequest(business, Optional.of(current.subscription()),
                catalog.find(current.subscription().planCode()), true,
                data.usage.minutesUsed(business.id(), current.subscription().currentPeriod()), 0, now, current.pastDueGrace()));
    }

    private void expect(SubscriptionStatus status, Plan plan, UsagePeriod period) {
        BillingStatus billed = billing.status(business.id());
        assertThat(billed.subscription().status()).isEqualTo(status);
        assertThat(billed.plan()).isEqualTo(plan);
        assertThat(billed.subscription().currentPeriod()).isEqualTo(period);
        UsageStatus used = usage.status(business.id());
        assertThat(used.plan()).isEqualTo(plan);
        assertThat(used.period()).isEqualTo(period);
        assertThat(used.minutesUsed()).isEqualTo(billed.minutesUsed());
    }

    private BillingEventResult deliver(String type, String object) throws Exception {
        return receive(signedEvent(type, object));
    }

    /** An event created now, in Stripe's envelope; events are numbered in the order they are made. */
    private String signedEvent(String type, String object) {
        return StripeWebhookTest.event("evt_life_" + ++eventNumber, type, clock.instant().getEpochSecond(), object);
    }

    private BillingEventResult receive(String payload) throws Exception {
        StripeWebhook.Outcome outcome = webhook.receive(payload.getBytes(StandardCharsets.UTF_8),
                StripeWebhookTest.sign(payload, SECRET, Instant.now().getEpochSecond()));
        return ((StripeWebhook.Outcome.Acknowledged) outcome).result();
    }

    private String checkoutSession() {
        return StripeWebhookTest.checkoutSession(business.id().toString())
                .replace("\"payment_status\":\"no_payment_required\"", "\"payment_status\":\"paid\"")
                .replace("\"metadata\":{", "\"metadata\":{\"plan\":\"starter\",");
    }

    private String subscription(String status, UsagePeriod period) {
        return StripeWebhookTest.subscription(status, period.start().getEpochSecond(), period.end().getEpochSecond(),
                        business.id().toString())
                .replace("\"lookup_key\":\"starter\"", "\"lookup_key\":\"tavari_starter_monthly\"");
    }

    private static String invoice(boolean paid) {
        return StripeWebhookTest.invoice(paid);
    }
}
