package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryNotificationOutbox;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.notification.NotificationOutbox;

class InMemoryNotificationOutboxContractTest extends NotificationOutboxContract {
    private final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();

    @Override
    protected NotificationOutbox outbox() {
        return outbox;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
