package ai.tavari.application.service.billing;

import ai.tavari.application.port.in.billing.BusinessSubscription;
import ai.tavari.application.port.in.billing.GetBusinessSubscription;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CurrentPlan;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.service.usage.CalendarMonths;
import ai.tavari.application.service.usage.RecurringPeriods;
import ai.tavari.domain.billing.Subscription;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The stored subscription as the usage rules see it (see {@link GetBusinessSubscription}), and the
 * plan and usage period every minute count uses ({@link CurrentPlan}): the payment provider's
 * billing period, so minutes start again at each renewal while the per-call ledger keeps the
 * history; without a subscription, the default plan in calendar months ({@link NoSubscription}). A reported period that has ended moves on by the subscription's cadence until the
 * renewal event brings the real one; an ended subscription keeps its last period, which is what
 * stops its calls.
 */
@Singleton
@Transactional
public class BusinessSubscriptionService implements GetBusinessSubscription, CurrentPlan {
    private final SubscriptionRepository subscriptions;
    private final BusinessRepository businesses;
    private final PlanCatalog plans;
    private final BillingSettings settings;

    @Inject
    public BusinessSubscriptionService(SubscriptionRepository subscriptions, BusinessRepository businesses,
                                       PlanCatalog plans, BillingSettings settings) {
        this.subscriptions = subscriptions;
        this.businesses = businesses;
        this.plans = plans;
        this.settings = settings;
    }

    @Override
    public BusinessSubscription subscriptionOf(BusinessId businessId, Instant now) {
        Business business = businesses.findById(businessId)
                .orElseThrow(() -> new IllegalStateException("no business " + businessId));
        return new BusinessSubscription(subscriptionAt(business, now), settings.pastDueGrace());
    }

    /** The subscription's plan (the default plan if the catalogue no longer has it) and its current period. */
    @Override
    public PlanTerm termFor(Business business, Instant now) {
        Subscription subscription = subscriptionAt(business, now);
        return new PlanTerm(plans.findOrDefault(subscription.planCode()), subscription.currentPeriod());
    }

    private Subscription subscriptionAt(Business business, Instant now) {
        return subscriptions.findByBusiness(business.id())
                .map(stored -> toDomain(stored, business, now))
                .orElseGet(() -> NoSubscription.of(business, plans.defaultPlan(), now));
    }

    private static Subscription toDomain(StoredSubscription stored, Business business, Instant now) {
        UsagePeriod period = stored.currentPeriod()
                .map(reported -> ended(stored.status()) ? reported : RecurringPeriods.containing(reported, now))
                .orElseGet(() -> CalendarMonths.containing(now, business.timeZone()));
        return new Subscription(stored.planCode(), stored.status(), period, stored.cancelAtPeriodEnd(),
                stored.pastDueSince());
    }

    private static boolean ended(SubscriptionStatus status) {
        return status == SubscriptionStatus.CANCELED || status == SubscriptionStatus.INCOMPLETE_EXPIRED;
    }
}
