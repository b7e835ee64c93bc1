package ai.tavari.application.service.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.FakeNumberProvisioner;
import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessNumbers;
import ai.tavari.application.fakes.InMemoryNumberProvisionings;
import ai.tavari.application.fakes.InMemoryProcessedEvents;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.billing.BillingEvent;
import ai.tavari.application.port.in.billing.BillingEventResult;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.service.number.NumberReleases;
import ai.tavari.application.service.number.NumberSettings;
import ai.tavari.application.service.number.ProvisioningRecords;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingEventServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final UsagePeriod TRIAL = UsagePeriod.of(T0, T0.plus(Duration.ofDays(14)));
    private static final UsagePeriod MONTH = UsagePeriod.of(TRIAL.end(), TRIAL.end().plus(Duration.ofDays(30)));

    private final OwnerData data = new OwnerData();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    private final MutableClock clock = new MutableClock(T0);
    private final NotificationFixture notifications = new NotificationFixture();
    private final InMemoryNumberProvisionings provisionings = new InMemoryNumberProvisionings();
    private final NumberReleases releases = new NumberReleases(new ProvisioningRecords(provisionings,
            new InMemoryBusinessNumbers(), data.businesses), new FakeNumberProvisioner(), NumberSettings.defaults(),
            clock);
    private final BillingEventService service = new BillingEventService(processed, subscriptions, data.businesses,
            new BillingSettings(Duration.ofDays(7), "starter"),
            notifications.paymentAlerts(data.businesses, new InMemoryAgentSetupRepository(), clock), releases, clock);
    private final BusinessId business = data.business("Ana Salon", ZoneId.of("Europe/Lisbon")).id();

    private BillingEvent.CheckoutCompleted checkout(String id, Instant at) {
        return new BillingEvent.CheckoutCompleted(id, at, Optional.of(business.toString()), "cus_1",
                Optional.of("sub_1"), Optional.empty(), true);
    }

    private static BillingEvent.SubscriptionChanged changed(String id, Instant at, SubscriptionStatus status,
                                                            UsagePeriod period) {
        return new BillingEvent.SubscriptionChanged(id, at, "sub_1", "cus_1", status, Optional.of(period), false,
                Optional.empty(), Optional.of("starter"));
    }

    private StoredSubscription stored() {
        return subscriptions.findByBusiness(business).orElseThrow();
    }

    @Test
    void followsASubscriptionFromCheckoutThroughAFailedPaymentToCancellation() {
        assertThat(service.record(checkout("evt_1", T0))).isEqualTo(BillingEventResult.APPLIED);
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stored().customerId()).contains("cus_1");
        assertThat(stored().subscriptionId()).contains("sub_1");
        assertThat(stored().planCode()).isEqualTo("starter");

        service.record(changed("evt_2", T0.plusSeconds(1), SubscriptionStatus.TRIALING, TRIAL));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(stored().currentPeriod()).contains(TRIAL);

        service.record(changed("evt_3", TRIAL.end(), SubscriptionStatus.ACTIVE, MONTH));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stored().currentPeriod()).contains(MONTH);

        Instant failedAt = TRIAL.end().plusSeconds(60);
        service.record(new BillingEvent.InvoiceSettled("evt_4", failedAt, "cus_1", Optional.of("sub_1"), false));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(stored().pastDueSince()).contains(failedAt);

        service.record(new BillingEvent.InvoiceSettled("evt_5", failedAt.plusSeconds(60), "cus_1",
                Optional.of("sub_1"), false));
        assertThat(stored().pastDueSince()).as("a second failure does not restart the grace").contains(failedAt);

        service.record(new BillingEvent.InvoiceSettled("evt_6", failedAt.plusSeconds(3600), "cus_1",
                Optional.of("sub_1"), true));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stored().pastDueSince()).isEmpty();

        assertThat(service.record(changed("evt_7", failedAt.plusSeconds(7200), SubscriptionStatus.CANCELED, MONTH)))
                .isEqualTo(BillingEventResult.APPLIED);
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void aFailedPaymentIsToldToTheOwnerOncePerEvent() {
        notifications.users.add(User.owner(UserId.newId(), business, EmailAddress.of("ana@salon.example"),
                "$argon2id$hash", T0));
        service.record(checkout("evt_1", T0));
        BillingEvent.InvoiceSettled failed = new BillingEvent.InvoiceSettled("evt_f", T0.plusSeconds(60), "cus_1",
                Optional.of("sub_1"), false);

        service.record(failed);
        service.record(failed);
        service.record(new BillingEvent.InvoiceSettled("evt_p", T0.plusSeconds(120), "cus_1", Optional.of("sub_1"),
                true));

        assertThat(notifications.outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.notification.kind()).isEqualTo(NotificationEvent.PAYMENT_FAILED);
            assertThat(row.notification.recipient()).isEqualTo("ana@salon.example");
        });
    }

    @Test
    void anEndedSubscriptionSchedulesTheNumbersReleaseAfterTheGraceAndOneThatComesBackKeepsIt() {
        provisionings.add(NumberProvisioning.requested(business, T0));
        service.record(checkout("evt_1", T0));
        service.record(changed("evt_2", T0.plusSeconds(5), SubscriptionStatus.ACTIVE, MONTH));
        assertThat(provisionings.find(business).orElseThrow().releaseAfter()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        service.record(changed("evt_3", T0.plusSeconds(60), SubscriptionStatus.CANCELED, MONTH));
        assertThat(provisionings.find(business).orElseThrow().releaseAfter())
                .contains(clock.instant().plus(NumberSettings.defaults().releaseGrace()));

        service.record(changed("evt_4", T0.plusSeconds(120), SubscriptionStatus.ACTIVE, MONTH));
        assertThat(provisionings.find(business).orElseThrow().releaseAfter()).isEmpty();
    }

    @Test
    void aDuplicateEventChangesNothing() {
        service.record(checkout("evt_1", T0));
        service.record(changed("evt_2", T0.plusSeconds(5), SubscriptionStatus.TRIALING, TRIAL));
        StoredSubscription before = stored();

        clock.advance(Duration.ofMinutes(1));
        assertThat(service.record(changed("evt_2", T0.plusSeconds(5), SubscriptionStatus.ACTIVE, MONTH)))
                .isEqualTo(BillingEventResult.DUPLICATE);

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anOlderSubscriptionStateThanTheOneAppliedIsIgnored() {
        service.record(checkout("evt_1", T0));
        service.record(changed("evt_new", TRIAL.end(), SubscriptionStatus.ACTIVE, MONTH));

        assertThat(service.record(changed("evt_old", T0.plusSeconds(1), SubscriptionStatus.TRIALING, TRIAL)))
                .isEqualTo(BillingEventResult.STALE);
        assertThat(service.record(new BillingEvent.InvoiceSettled("evt_inv", T0.plusSeconds(2), "cus_1",
                Optional.of("sub_1"), false))).isEqualTo(BillingEventResult.STALE);

        assertThat(stored().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stored().currentPeriod()).contains(MONTH);
        assertThat(stored().stateAsOf()).contains(TRIAL.end());
    }

    @Test
    void subscriptionEventsBeforeTheCheckoutEventAreKeptWhenItArrives() {
        BillingEvent.SubscriptionChanged created = new BillingEvent.SubscriptionChanged("evt_2", T0.plusSeconds(1),
                "sub_1", "cus_1", SubscriptionStatus.TRIALING, Optional.of(TRIAL), false,
                Optional.of(business.toString()), Optional.of("pro"));
        assertThat(service.record(created)).isEqualTo(BillingEventResult.APPLIED);

        service.record(checkout("evt_1", T0));

        assertThat(stored().status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(stored().planCode()).isEqualTo("pro");
        assertThat(stored().currentPeriod()).contains(TRIAL);
    }

    @Test
    void anEndedSubscriptionStaysEndedAgainstAnUpdateOfTheSameSecond() {
        service.record(checkout("evt_1", T0));
        service.record(changed("evt_del", TRIAL.end(), SubscriptionStatus.CANCELED, MONTH));

        assertThat(service.record(changed("evt_upd", TRIAL.end(), SubscriptionStatus.ACTIVE, MONTH)))
                .isEqualTo(BillingEventResult.STALE);
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void unknownEventsAndUnknownBusinessesAreAcknowledgedWithoutEffect() {
        assertThat(service.record(new BillingEvent.Other("evt_x", T0, "customer.created")))
                .isEqualTo(BillingEventResult.IGNORED);
        assertThat(service.record(new BillingEvent.CheckoutCompleted("evt_y", T0,
                Optional.of(BusinessId.newId().toString()), "cus_9", Optional.of("sub_9"), Optional.empty(), true)))
                .isEqualTo(BillingEventResult.IGNORED);
        assertThat(service.record(new BillingEvent.CheckoutCompleted("evt_z", T0, Optional.of("biz_42"), "cus_9",
                Optional.of("sub_9"), Optional.empty(), true))).isEqualTo(BillingEventResult.IGNORED);
        assertThat(service.record(new BillingEvent.InvoiceSettled("evt_w", T0, "cus_9", Optional.empty(), true)))
                .isEqualTo(BillingEventResult.IGNORED);

        assertThat(subscriptions.findByBusiness(business)).isEmpty();
        assertThat(processed.markProcessed(BillingEventService.SOURCE, "evt_x", T0)).as("recorded").isFalse();
    }

    @Test
    void aCheckoutWithoutSettledPaymentIsIncompleteUntilTheSubscriptionSaysMore() {
        service.record(new BillingEvent.CheckoutCompleted("evt_1", T0, Optional.of(business.toString()), "cus_1",
                Optional.of("sub_1"), Optional.of("pro"), false));

        assertThat(stored().status()).isEqualTo(SubscriptionStatus.INCOMPLETE);
        assertThat(stored().planCode()).isEqualTo("pro");
    }
}
