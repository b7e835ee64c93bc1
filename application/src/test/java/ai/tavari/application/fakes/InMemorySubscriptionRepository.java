package ai.tavari.application.fakes;

import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.domain.business.BusinessId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemorySubscriptionRepository implements SubscriptionRepository {
    private final Map<BusinessId, StoredSubscription> byBusiness = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredSubscription> findByBusiness(BusinessId businessId) {
        return Optional.ofNullable(byBusiness.get(businessId));
    }

    @Override
    public Optional<StoredSubscription> findByCustomerId(String customerId) {
        return byBusiness.values().stream().filter(s -> s.customerId().equals(Optional.of(customerId)))
                .min((a, b) -> b.updatedAt().compareTo(a.updatedAt()));
    }

    @Override
    public Optional<StoredSubscription> findBySubscriptionId(String subscriptionId) {
        return byBusiness.values().stream().filter(s -> s.subscriptionId().equals(Optional.of(subscriptionId)))
                .findFirst();
    }

    @Override
    public synchronized void save(StoredSubscription subscription) {
        subscription.subscriptionId().flatMap(this::findBySubscriptionId)
                .filter(other -> !other.businessId().equals(subscription.businessId()))
                .ifPresent(other -> {
                    throw new IllegalStateException("subscription " + subscription.subscriptionId().get()
                            + " belongs to another business");
                });
        byBusiness.put(subscription.businessId(), subscription);
    }
}
