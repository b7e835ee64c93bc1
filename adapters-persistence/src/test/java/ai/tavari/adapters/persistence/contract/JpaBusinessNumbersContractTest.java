package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.BusinessNumbersContract;
import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.application.port.out.BusinessRepository;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaBusinessNumbersContractTest extends BusinessNumbersContract {
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
    protected BusinessNumbers numbers() {
        return TransactionalRepositories.businessNumbers(db);
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, Clock.systemUTC());
    }
}
