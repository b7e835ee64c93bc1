package ai.tavari.application.service.billing;

import ai.tavari.application.port.in.billing.BusinessSubscription;
import ai.tavari.application.port.in.billing.GetBusinessSubscription;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.service.usage.CalendarMonths;
import ai.tavari.domain.billing.Subscription;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.time.Instant;

/** The stored subscription as the usage rules see it; see {@link GetBusinessSubscription}. */
@Singleton
@Transactional
public class BusinessSubscriptionService implements GetBusinessSubscription {
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
        UsagePeriod calendarMonth = CalendarMonths.containing(now, business.timeZone());
        Subscription subscription = subscriptions.findByBusiness(businessId)
                .map(stored -> toDomain(stored, calendarMonth))
                .orElseGet(() -> NoSubscription.of(business, plans.defaultPlan(), now));
        return new BusinessSubscription(subscription, settings.pastDueGrace());
    }

    private static Subscription toDomain(StoredSubscription stored, UsagePeriod calendarMonth) {
        Optional<UsagePeriod> period = stored.currentPeriod();
        return new Subscription(stored.planCode(), stored.status(), period.orElse(calendarMonth),
                stored.cancelAtPeriodEnd(), stored.pastDueSince());
    }
}
