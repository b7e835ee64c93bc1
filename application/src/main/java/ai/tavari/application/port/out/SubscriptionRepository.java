package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import java.util.Optional;

/** One subscription per business, found by the business or by the payment provider's ids. */
public interface SubscriptionRepository {
    Optional<StoredSubscription> findByBusiness(BusinessId businessId);

    Optional<StoredSubscription> findByCustomerId(String customerId);

    Optional<StoredSubscription> findBySubscriptionId(String subscriptionId);

    /**
     * Inserts the business's subscription or replaces it.
     *
     * @throws IllegalStateException if another business already holds its subscription id
     */
    void save(StoredSubscription subscription);
}
