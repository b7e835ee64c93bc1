package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.AuthSessionRepositoryContract;
import ai.tavari.application.port.out.AuthSessionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.UserRepository;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaAuthSessionRepositoryContractTest extends AuthSessionRepositoryContract {
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
    protected AuthSessionRepository sessions() {
        return TransactionalRepositories.sessions(db);
    }

    @Override
    protected UserRepository users() {
        return TransactionalRepositories.users(db);
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, Clock.systemUTC());
    }
}
