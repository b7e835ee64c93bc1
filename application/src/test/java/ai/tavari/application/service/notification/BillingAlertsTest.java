package ai.tavari.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.FakeBillingGateway;
import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.InMemoryTrialCandidates;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.service.billing.BillingService;
import ai.tavari.application.service.billing.BillingSettings;
import ai.tavari.application.service.billing.BusinessSubscriptionService;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.business.BusinessStatus;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingAlertsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Plan TRIAL = new Plan("trial", "Free trial", Money.zero("USD"), 30, 1, false, Optional.empty(), 14);
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19_900, "USD"), 750, 2, false,
            Optional.empty(), 0);

    private final OwnerData data = new OwnerData();
    private final MutableClock clock = new MutableClock(NOW);
    private final NotificationFixture notifications = new NotificationFixture();
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final ConfiguredPlans catalog = new ConfiguredPlans(List.of(TRIAL, STARTER), TRIAL);
    private final BillingService billing = new BillingService(data.businesses, notifications.users, catalog,
            new BusinessSubscriptionService(subscriptions, data.businesses, catalog,
                    new BillingSettings(Duration.ofDays(7), "trial")),
            data.usage, subscriptions, new FakeBillingGateway(false), clock);
    private final TrialAlerts trials = new TrialAlerts(notifications.ownerNotifications(setups, clock), data.businesses,
            new InMemoryTrialCandidates(data.businesses, subscriptions), billing, catalog, notifications.config, clock);
    private final PaymentAlerts payments = notifications.paymentAlerts(data.businesses, setups, clock);

    private BusinessId signedUp(String name, Instant at) {
        Business business = new Business(BusinessId.newId(), name, Optional.empty(), ZoneId.of("America/New_York"),
                Optional.empty(), Optional.empty(), BusinessStatus.ACTIVE, at);
        data.businesses.add(business);
        notifications.users.add(User.owner(UserId.newId(), business.id(),
                EmailAddress.of(name.toLowerCase().replace(' ', '-') + "@shop.example"), "$argon2id$hash", at));
        return business.id();
    }

    private List<String> recipients() {
        return notifications.outbox.rows().stream().map(row -> row.notification.recipient()).toList();
    }

    @Test
    void theTrialsEndingWithinThreeDaysAreToldOnce() {
        signedUp("Ends Soon", NOW.minus(Duration.ofDays(12)));
        signedUp("Ends Now", NOW.minus(Duration.ofDays(14)).plusSeconds(60));
        signedUp("Ends Later", NOW.minus(Duration.ofDays(10)));
        signedUp("Ended", NOW.minus(Duration.ofDays(15)));

        assertThat(trials.trialsEndingSoon()).isEqualTo(2);
        trials.trialsEndingSoon();

        assertThat(recipients()).containsExactlyInAnyOrder("ends-soon@shop.example", "ends-now@shop.example");
        assertThat(notifications.outbox.rows()).allSatisfy(row -> {
            assertThat(row.notification.kind()).isEqualTo(NotificationEvent.TRIAL_ENDING);
            assertThat(row.notification.subject()).hasValueSatisfying(s -> assertThat(s).startsWith("Your Tavari trial ends on"));
        });
    }

    @Test
    void aTrialingSubscriptionIsToldBeforeItsPeriodEnds() {
        BusinessId subscribed = signedUp("Stripe Trial", NOW.minus(Duration.ofDays(60)));
        subscriptions.save(new StoredSubscription(subscribed, "starter", SubscriptionStatus.TRIALING,
                Optional.of("cus_1"), Optional.of("sub_1"),
                Optional.of(UsagePeriod.of(NOW.minus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(2)))), false,
                Optional.empty(), Optional.of(NOW.minus(Duration.ofDays(5))), NOW.minus(Duration.ofDays(5))));
        BusinessId paying = signedUp("Paying", NOW.minus(Duration.ofDays(12)));
        subscriptions.save(new StoredSubscription(paying, "starter", SubscriptionStatus.ACTIVE, Optional.of("cus_2"),
                Optional.of("sub_2"), Optional.of(UsagePeriod.of(NOW.minus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(2)))),
                false, Optional.empty(), Optional.of(NOW.minus(Duration.ofDays(5))), NOW.minus(Duration.ofDays(5))));

        trials.trialsEndingSoon();

        assertThat(recipients()).containsExactly("stripe-trial@shop.example");
    }

    @Test
    void aFailedPaymentIsToldOncePerEvent() {
        BusinessId business = signedUp("Late Payer", NOW.minus(Duration.ofDays(40)));

        payments.paymentFailed(business, "evt_1");
        payments.paymentFailed(business, "evt_1");

        assertThat(notifications.outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.notification.kind()).isEqualTo(NotificationEvent.PAYMENT_FAILED);
            assertThat(row.notification.subject()).contains("Payment failed for Late Payer");
            assertThat(row.notification.text()).contains("https://tavari.example/billing/");
        });
        payments.paymentFailed(business, "evt_2");
        assertThat(notifications.outbox.rows()).as("a payment that fails again is told again").hasSize(2);
    }
}
