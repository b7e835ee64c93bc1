package ai.tavari.application.fakes;

import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.notification.TrialCandidates;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The query over the business and subscription fakes. */
public class InMemoryTrialCandidates implements TrialCandidates {
    private final InMemoryBusinessRepository businesses;
    private final InMemorySubscriptionRepository subscriptions;

    public InMemoryTrialCandidates(InMemoryBusinessRepository businesses, InMemorySubscriptionRepository subscriptions) {
        this.businesses = businesses;
        this.subscriptions = subscriptions;
    }

    @Override
    public List<BusinessId> find(Instant signedUpFrom, Instant signedUpBefore, Instant trialEndsFrom,
                                 Instant trialEndsBefore) {
        return businesses.all().stream().filter(business -> {
            Optional<StoredSubscription> subscription = subscriptions.findByBusiness(business.id());
            if (subscription.isEmpty()) {
                return within(business.createdAt(), signedUpFrom, signedUpBefore);
            }
            return subscription.get().status() == SubscriptionStatus.TRIALING
                    && subscription.get().currentPeriod().map(UsagePeriod::end)
                    .filter(end -> within(end, trialEndsFrom, trialEndsBefore)).isPresent();
        }).map(Business::id).toList();
    }

    private static boolean within(Instant at, Instant from, Instant before) {
        return !at.isBefore(from) && at.isBefore(before);
    }
}
