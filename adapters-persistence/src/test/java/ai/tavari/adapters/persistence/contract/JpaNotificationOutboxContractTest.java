package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.contract.NotificationOutboxContract;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaNotificationOutboxContractTest extends NotificationOutboxContract {
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
    protected NotificationOutbox outbox() {
        return TransactionalNotifications.outbox(db);
    }

    @Override
    protected BusinessRepository businesses() {
        return TransactionalRepositories.businesses(db, Clock.systemUTC());
    }
}
