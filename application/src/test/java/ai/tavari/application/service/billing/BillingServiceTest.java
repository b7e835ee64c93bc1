package ai.tavari.application.service.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.FakeBillingGateway;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.InMemoryUserRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.billing.BillingNotConfiguredException;
import ai.tavari.application.port.in.billing.BillingStatus;
import ai.tavari.application.port.in.billing.CheckoutCommand;
import ai.tavari.application.port.in.billing.NoBillingAccountException;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final URI DASHBOARD = URI.create("https://app.example/");
    private static final UsagePeriod STRIPE_PERIOD = UsagePeriod.of(Instant.parse("2026-11-05T08:00:00Z"),
            Instant.parse("2026-12-05T08:00:00Z"));
    private static final Plan TRIAL = new Plan("trial", "Free trial", Money.zero("USD"), 30, 1, false, Optional.empty(), 14);
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19_900, "USD"), 750, 2, false,
            Optional.empty(), 0);

    private final OwnerData data = new OwnerData();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final ConfiguredPlans catalog = new ConfiguredPlans(List.of(TRIAL, STARTER), TRIAL);
    private final MutableClock clock = new MutableClock(NOW);
    private final BusinessSubscriptionService businessSubscription = new BusinessSubscriptionService(subscriptions,
            data.businesses, catalog, new BillingSettings(Duration.ofDays(7), "trial"));
    private final FakeBillingGateway gateway = new FakeBillingGateway(true);
    private final BillingService service = service(gateway);
    private final Business ana = data.business("Ana Salon", ZoneId.of("America/New_York"));
    private final User anaOwner = owner(ana, "ana@salon.example");
    private final Business bob = data.business("Bob Barber", ZoneId.of("America/New_York"));
    private final User bobOwner = owner(bob, "bob@barber.example");

    private BillingService service(FakeBillingGateway gateway) {
        return new BillingService(data.businesses, users, catalog, businessSubscription, data.usage, subscriptions,
                gateway, clock);
    }

    private User owner(Business business, String email) {
        User user = User.owner(UserId.newId(), business.id(), new EmailAddress(email), "hash", NOW);
        users.add(user);
        return user;
    }

    private void subscribe(Business business, String customer) {
        subscriptions.save(new StoredSubscription(business.id(), "starter", SubscriptionStatus.ACTIVE, Optional.of(customer),
                Optional.of("sub_" + customer), Optional.of(STRIPE_PERIOD), true, Optional.empty(), Optional.of(NOW), NOW));
    }

    private CheckoutCommand checkout(Business business, User owner, String plan) {
        return new CheckoutCommand(business.id(), owner.id(), plan, DASHBOARD);
    }

    @Test
    void checkoutCreatesTheBusinessesCustomerOnceAndOpensThePlansPage() {
        URI page = service.checkout(checkout(ana, anaOwner, "starter"));
        service.checkout(checkout(ana, anaOwner, "starter"));

        assertThat(gateway.customers()).hasSize(1).containsValue(
                new FakeBillingGateway.Customer(ana.id(), new EmailAddress("ana@salon.example"), "Ana Salon"));
        FakeBillingGateway.Checkout first = gateway.checkouts().get(0);
        assertThat(page).isEqualTo(URI.create("https://checkout.example/" + first.customerId() + "/starter"));
        assertThat(first).isEqualTo(new FakeBillingGateway.Checkout(ana.id(), "starter", first.customerId(),
                URI.create("https://app.example/billing?checkout=success"), URI.create("https://app.example/billing?checkout=cancel")));
        assertThat(gateway.checkouts().get(1).customerId()).isEqualTo(first.customerId());
    }

    @Test
    void checkoutReusesTheCustomerThePaymentProviderReported() {
        subscribe(ana, "cus_reported");

        service.checkout(checkout(ana, anaOwner, "starter"));

        assertThat(gateway.checkouts()).extracting(FakeBillingGateway.Checkout::customerId).containsExactly("cus_reported");
        assertThat(gateway.customers()).isEmpty();
    }

    @Test
    void eachBusinessChecksOutAndOpensThePortalWithItsOwnCustomerOnly() {
        subscribe(ana, "cus_ana");

        service.checkout(checkout(bob, bobOwner, "starter"));

        FakeBillingGateway.Checkout bobs = gateway.checkouts().get(0);
        assertThat(bobs.businessId()).isEqualTo(bob.id());
        assertThat(bobs.customerId()).isNotEqualTo("cus_ana");
        assertThat(gateway.customers().get(bobs.customerId()).businessId()).isEqualTo(bob.id());
        assertThat(service.portal(ana.id(), DASHBOARD.resolve("billing"))).isEqualTo(URI.create("https://portal.example/cus_ana"));
        assertThat(service.portal(bob.id(), DASHBOARD.resolve("billing")))
                .isEqualTo(URI.create("https://portal.example/" + bobs.customerId()));
        assertThatThrownBy(() -> service.checkout(checkout(bob, anaOwner, "starter")))
                .as("an owner of another business").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyASoldPlanCanBeBought() {
        for (String plan : List.of("trial", "platinum")) {
            assertThatThrownBy(() -> service.checkout(checkout(ana, anaOwner, plan)))
                    .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("plan", "must be one of starter")));
        }
        assertThat(gateway.checkouts()).isEmpty();
    }

    @Test
    void thePlansOnSaleAreThoseThatCanBeBought() {
        assertThat(service.plansForSale()).containsExactly(STARTER);
        assertThat(service.plansForSale()).allSatisfy(plan ->
                assertThatCode(() -> service.checkout(checkout(ana, anaOwner, plan.code()))).doesNotThrowAnyException());
    }

    @Test
    void thePortalNeedsABillingAccount() {
        assertThatThrownBy(() -> service.portal(ana.id(), DASHBOARD)).isInstanceOf(NoBillingAccountException.class);

        service.checkout(checkout(ana, anaOwner, "starter"));

        assertThat(service.portal(ana.id(), DASHBOARD.resolve("billing")).toString()).startsWith("https://portal.example/cus_");
        assertThat(gateway.portals().get(0).returnUrl()).isEqualTo(URI.create("https://app.example/billing"));
    }

    @Test
    void withoutThePaymentProviderCheckoutAndPortalAreNotConfiguredButTheStatusAnswers() {
        BillingService unconfigured = service(new FakeBillingGateway(false));

        assertThatThrownBy(() -> unconfigured.checkout(checkout(ana, anaOwner, "starter")))
                .isInstanceOf(BillingNotConfiguredException.class);
        assertThatThrownBy(() -> unconfigured.portal(ana.id(), DASHBOARD)).isInstanceOf(BillingNotConfiguredException.class);
        BillingStatus status = unconfigured.status(ana.id());
        assertThat(status.billingConfigured()).isFalse();
        assertThat(status.plan()).isEqualTo(TRIAL);
        assertThat(status.subscription().status()).as("the trial is over").isEqualTo(SubscriptionStatus.NONE);
        assertThat(status.trialEnd()).contains(ana.createdAt().plus(Duration.ofDays(14)));
    }

    @Test
    void aNewBusinessIsOnTheDefaultPlansTrial() {
        clock.advance(Duration.between(NOW, ana.createdAt().plus(Duration.ofDays(1))));

        BillingStatus status = service.status(ana.id());

        assertThat(status.plan()).isEqualTo(TRIAL);
        assertThat(status.subscription().status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(status.subscription().currentPeriod()).as("calendar months in the business's time zone")
                .isEqualTo(UsagePeriod.of(Instant.parse("2026-01-01T05:00:00Z"), Instant.parse("2026-02-01T05:00:00Z")));
        assertThat(status.trialEnd()).contains(ana.createdAt().plus(Duration.ofDays(14)));
        assertThat(status.minutesUsed()).isZero();
        assertThat(status.billingConfigured()).isTrue();
    }

    @Test
    void theStatusCountsTheMinutesOfTheBillingPeriod() {
        subscribe(ana, "cus_ana");
        data.meter(data.endedCall(ana.id(), STRIPE_PERIOD.start().minusSeconds(600), 300, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(ana.id(), STRIPE_PERIOD.start().plusSeconds(60), 300, Outcome.COMPLETED, Intent.FAQ));
        data.meter(data.endedCall(bob.id(), STRIPE_PERIOD.start().plusSeconds(60), 600, Outcome.COMPLETED, Intent.FAQ));

        BillingStatus status = service.status(ana.id());

        assertThat(status.plan()).isEqualTo(STARTER);
        assertThat(status.subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(status.subscription().currentPeriod()).isEqualTo(STRIPE_PERIOD);
        assertThat(status.subscription().cancelAtPeriodEnd()).isTrue();
        assertThat(status.trialEnd()).as("a paying subscription has no trial").isEmpty();
        assertThat(status.minutesUsed()).isEqualTo(5);
        assertThat(status.minutesRemaining()).isEqualTo(745);
        assertThat(service.status(bob.id()).plan()).as("the other business is untouched").isEqualTo(TRIAL);
    }

    @Test
    void aStripeTrialEndsWithItsPeriod() {
        subscriptions.save(new StoredSubscription(ana.id(), "starter", SubscriptionStatus.TRIALING, Optional.of("cus_ana"),
                Optional.of("sub_ana"), Optional.of(STRIPE_PERIOD), false, Optional.empty(), Optional.of(NOW), NOW));

        assertThat(service.status(ana.id()).trialEnd()).contains(STRIPE_PERIOD.end());
    }
}
