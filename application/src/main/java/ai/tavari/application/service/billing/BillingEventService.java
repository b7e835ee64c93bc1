package ai.tavari.application.service.billing;

import ai.tavari.application.port.in.billing.BillingEvent;
import ai.tavari.application.port.in.billing.BillingEventResult;
import ai.tavari.application.port.in.billing.RecordBillingEvent;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.ProcessedEvents;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.service.number.NumberReleases;
import ai.tavari.application.service.notification.PaymentAlerts;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the payment provider's events to the stored subscription. Events arrive at least once
 * and in any order: the event id is marked processed in the same transaction as the change, and
 * a subscription state older (by the provider's timestamp) than the one applied is dropped. A failed
 * payment is told to the owner, in the same transaction. An ended subscription schedules the
 * release of the business's phone number; one that comes back keeps it.
 */
@Singleton
@Transactional
public class BillingEventService implements RecordBillingEvent {
    public static final String SOURCE = "stripe";

    private final ProcessedEvents processed;
    private final SubscriptionRepository subscriptions;
    private final BusinessRepository businesses;
    private final BillingSettings settings;
    private final PaymentAlerts alerts;
    private final NumberReleases numberReleases;
    private final Clock clock;

    @Inject
    public BillingEventService(ProcessedEvents processed, SubscriptionRepository subscriptions,
                               BusinessRepository businesses, BillingSettings settings, PaymentAlerts alerts,
                               NumberReleases numberReleases, Clock clock) {
        this.processed = processed;
        this.subscriptions = subscriptions;
        this.businesses = businesses;
        this.settings = settings;
        this.alerts = alerts;
        this.numberReleases = numberReleases;
        this.clock = clock;
    }

    @Override
    public BillingEventResult record(BillingEvent event) {
        Instant now = clock.instant();
        if (!processed.markProcessed(SOURCE, event.id(), now)) {
            return BillingEventResult.DUPLICATE;
        }
        if (event instanceof BillingEvent.CheckoutCompleted checkout) {
            return checkoutCompleted(checkout, now);
        }
        if (event instanceof BillingEvent.SubscriptionChanged change) {
            return subscriptionChanged(change, now);
        }
        if (event instanceof BillingEvent.InvoiceSettled invoice) {
            return invoiceSettled(invoice, now);
        }
        return BillingEventResult.IGNORED;
    }

    private BillingEventResult checkoutCompleted(BillingEvent.CheckoutCompleted event, Instant now) {
        Optional<BusinessId> business = knownBusiness(event.businessReference());
        if (business.isEmpty()) {
            return BillingEventResult.IGNORED;
        }
        Optional<StoredSubscription> existing = subscriptions.findByBusiness(business.get());
        Optional<StoredSubscription> sameSubscription = existing.filter(s -> s.subscriptionId().isPresent()
                && s.subscriptionId().equals(event.subscriptionId()));
        if (sameSubscription.isPresent() && sameSubscription.get().stateAsOf().isPresent()) {
            // The subscription's own events got here first and already say more.
            subscriptions.save(withIds(sameSubscription.get(), event.customerId(), event.subscriptionId(), now));
            return BillingEventResult.APPLIED;
        }
        // Until the subscription's events arrive, the checkout's payment state is the best knowledge.
        SubscriptionStatus status = event.paymentSettled() ? SubscriptionStatus.ACTIVE : SubscriptionStatus.INCOMPLETE;
        String plan = event.planCode().or(() -> existing.map(StoredSubscription::planCode))
                .orElse(settings.defaultPlanCode());
        subscriptions.save(new StoredSubscription(business.get(), plan, status, Optional.of(event.customerId()),
                event.subscriptionId(), Optional.empty(), false, Optional.empty(), Optional.empty(), now));
        return BillingEventResult.APPLIED;
    }

    private BillingEventResult subscriptionChanged(BillingEvent.SubscriptionChanged event, Instant now) {
        Optional<StoredSubscription> found = subscriptions.findBySubscriptionId(event.subscriptionId())
                .or(() -> knownBusiness(event.businessReference()).flatMap(subscriptions::findByBusiness))
                .or(() -> subscriptions.findByCustomerId(event.customerId()));
        if (found.isPresent() && isStale(found.get(), event.created())) {
            return BillingEventResult.STALE;
        }
        Optional<BusinessId> business = found.map(StoredSubscription::businessId)
                .or(() -> knownBusiness(event.businessReference()));
        if (business.isEmpty()) {
            return BillingEventResult.IGNORED;
        }
        String plan = event.planCode().or(() -> found.map(StoredSubscription::planCode))
                .orElse(settings.defaultPlanCode());
        subscriptions.save(new StoredSubscription(business.get(), plan, event.status(),
                Optional.of(event.customerId()), Optional.of(event.subscriptionId()),
                event.currentPeriod().or(() -> found.flatMap(StoredSubscription::currentPeriod)),
                event.cancelScheduled(), pastDueSince(found, event.status(), event.created()),
                Optional.of(event.created()), now));
        numberReleases.subscriptionChanged(business.get(), event.status(), now);
        return BillingEventResult.APPLIED;
    }

    private BillingEventResult invoiceSettled(BillingEvent.InvoiceSettled event, Instant now) {
        Optional<StoredSubscription> found = event.subscriptionId().flatMap(subscriptions::findBySubscriptionId)
                .or(() -> subscriptions.findByCustomerId(event.customerId()));
        if (found.isEmpty()) {
            return BillingEventResult.IGNORED;
        }
        StoredSubscription current = found.get();
        if (isStale(current, event.created())) {
            return BillingEventResult.STALE;
        }
        SubscriptionStatus status = nextStatus(current.status(), event.paid());
        subscriptions.save(new StoredSubscription(current.businessId(), current.planCode(), status,
                current.customerId(), current.subscriptionId(), current.currentPeriod(), current.cancelAtPeriodEnd(),
                pastDueSince(found, status, event.created()), Optional.of(event.created()), now));
        if (!event.paid()) {
            alerts.paymentFailed(current.businessId(), event.id());
        }
        return BillingEventResult.APPLIED;
    }

    /** A paid invoice brings a lapsed subscription back; a failed one makes a good one past due. */
    private static SubscriptionStatus nextStatus(SubscriptionStatus status, boolean paid) {
        if (paid) {
            return switch (status) {
                case PAST_DUE, UNPAID, INCOMPLETE -> SubscriptionStatus.ACTIVE;
                default -> status;
            };
        }
        return switch (status) {
            case ACTIVE, TRIALING -> SubscriptionStatus.PAST_DUE;
            default -> status;
        };
    }

    /**
     * Older than the state applied, or a change of the same second after the subscription ended
     * (an ended subscription is final).
     */
    private static boolean isStale(StoredSubscription current, Instant created) {
        if (current.stateAsOf().isEmpty()) {
            return false;
        }
        Instant applied = current.stateAsOf().get();
        return created.isBefore(applied) || (created.equals(applied) && current.status() == SubscriptionStatus.CANCELED);
    }

    private static Optional<Instant> pastDueSince(Optional<StoredSubscription> before, SubscriptionStatus status,
                                                  Instant eventTime) {
        if (status != SubscriptionStatus.PAST_DUE) {
            return Optional.empty();
        }
        return before.flatMap(StoredSubscription::pastDueSince).or(() -> Optional.of(eventTime));
    }

    private static StoredSubscription withIds(StoredSubscription s, String customerId, Optional<String> subscriptionId,
                                              Instant now) {
        return new StoredSubscription(s.businessId(), s.planCode(), s.status(), Optional.of(customerId),
                subscriptionId.or(s::subscriptionId), s.currentPeriod(), s.cancelAtPeriodEnd(), s.pastDueSince(),
                s.stateAsOf(), now);
    }

    private Optional<BusinessId> knownBusiness(Optional<String> reference) {
        return reference.flatMap(BillingEventService::parse).filter(id -> businesses.findById(id).isPresent());
    }

    private static Optional<BusinessId> parse(String reference) {
        try {
            return Optional.of(BusinessId.of(reference.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
