package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.ProcessedEventsContract;
import ai.tavari.application.port.out.ProcessedEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaProcessedEventsContractTest extends ProcessedEventsContract {
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
    protected ProcessedEvents events() {
        return TransactionalRepositories.processedEvents(db);
    }
}
