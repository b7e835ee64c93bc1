package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.call.CallSessionVersions;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.CallActivityContract;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallActivity;
import ai.tavari.application.port.out.CallSessionRepository;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaCallActivityContractTest extends CallActivityContract {
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
    protected CallActivity activity() {
        return TransactionalRepositories.callActivity(db);
    }

    @Override
    protected CallSessionRepository calls() {
        return TransactionalRepositories.calls(db, versions);
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, Clock.systemUTC());
    }
}
