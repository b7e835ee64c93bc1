package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.agent.JpaAgentProfileRepository;
import ai.tavari.adapters.persistence.agent.JpaAgentSetupRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.AgentSetupRepositoryContract;
import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.BusinessId;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaAgentSetupRepositoryContractTest extends AgentSetupRepositoryContract {
    private static final Clock CLOCK = Clock.systemUTC();
    private static PostgresTestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    /** Each call in its own transaction, as a use case would make it. */
    @Override
    protected AgentSetupRepository setups() {
        return new AgentSetupRepository() {
            @Override
            public Optional<AgentSetup> findByBusiness(BusinessId businessId) {
                return db.call(em -> new JpaAgentSetupRepository(em, CLOCK).findByBusiness(businessId));
            }

            @Override
            public AgentSetup save(AgentSetup setup) {
                return db.call(em -> new JpaAgentSetupRepository(em, CLOCK).save(setup));
            }
        };
    }

    @Override
    protected AgentProfileRepository profiles() {
        return new AgentProfileRepository() {
            @Override
            public void save(AgentProfile profile) {
                db.run(em -> new JpaAgentProfileRepository(em, CLOCK).save(profile));
            }

            @Override
            public Optional<AgentProfile> findByBusiness(BusinessId businessId) {
                return db.call(em -> new JpaAgentProfileRepository(em, CLOCK).findByBusiness(businessId));
            }
        };
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, CLOCK);
    }
}
