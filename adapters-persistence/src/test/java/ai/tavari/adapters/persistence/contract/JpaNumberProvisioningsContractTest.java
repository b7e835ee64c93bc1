package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.number.JpaNumberProvisionings;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.NumberProvisioningsContract;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisionings;
import ai.tavari.domain.business.BusinessId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaNumberProvisioningsContractTest extends NumberProvisioningsContract {
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
    protected NumberProvisionings store() {
        return new NumberProvisionings() {
            @Override
            public Optional<NumberProvisioning> find(BusinessId businessId) {
                return db.call(em -> new JpaNumberProvisionings(em).find(businessId));
            }

            @Override
            public boolean add(NumberProvisioning provisioning) {
                return db.call(em -> new JpaNumberProvisionings(em).add(provisioning));
            }

            @Override
            public Optional<NumberProvisioning> update(NumberProvisioning provisioning) {
                return db.call(em -> new JpaNumberProvisionings(em).update(provisioning));
            }

            @Override
            public void scheduleRelease(BusinessId businessId, Instant releaseAfter) {
                db.run(em -> new JpaNumberProvisionings(em).scheduleRelease(businessId, releaseAfter));
            }

            @Override
            public void cancelRelease(BusinessId businessId) {
                db.run(em -> new JpaNumberProvisionings(em).cancelRelease(businessId));
            }

            @Override
            public List<BusinessId> dueForWork(Instant now, int limit) {
                return db.call(em -> new JpaNumberProvisionings(em).dueForWork(now, limit));
            }

            @Override
            public List<BusinessId> dueForRelease(Instant now, int limit) {
                return db.call(em -> new JpaNumberProvisionings(em).dueForRelease(now, limit));
            }

            @Override
            public List<BusinessId> failed(int limit) {
                return db.call(em -> new JpaNumberProvisionings(em).failed(limit));
            }
        };
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, Clock.systemUTC());
    }
}
