package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.billing.JpaSubscriptionRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.TrialCandidatesContract;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.port.out.notification.TrialCandidates;
import ai.tavari.domain.business.BusinessId;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaTrialCandidatesContractTest extends TrialCandidatesContract {
    private static PostgresTestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Override
    protected TrialCandidates trials() {
        return TransactionalNotifications.trials(db);
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, Clock.systemUTC());
    }

    @Override
    protected SubscriptionRepository subscriptions() {
        return new SubscriptionRepository() {
            @Override
            public Optional<StoredSubscription> findByBusiness(BusinessId businessId) {
                return db.call(em -> new JpaSubscriptionRepository(em).findByBusiness(businessId));
            }

            @Override
            public Optional<StoredSubscription> findByCustomerId(String customerId) {
                return db.call(em -> new JpaSubscriptionRepository(em).findByCustomerId(customerId));
            }

            @Override
            public Optional<StoredSubscription> findBySubscriptionId(String subscriptionId) {
                return db.call(em -> new JpaSubscriptionRepository(em).findBySubscriptionId(subscriptionId));
            }

            @Override
            public void save(StoredSubscription subscription) {
                db.run(em -> new JpaSubscriptionRepository(em).save(subscription));
            }
        };
    }
}
