package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.call.CallSessionVersions;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.CallSessionRepositoryContract;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.MessageRepository;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaCallSessionRepositoryContractTest extends CallSessionRepositoryContract {
    private static PostgresTestDatabase db;
    private final CallSessionVersions versions = new CallSessionVersions();

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Override
    protected CallSessionRepository calls() {
        return TransactionalRepositories.calls(db, versions);
    }

    @Override
    protected MessageRepository messages() {
        return TransactionalRepositories.messages(db);
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, Clock.systemUTC());
    }
}
