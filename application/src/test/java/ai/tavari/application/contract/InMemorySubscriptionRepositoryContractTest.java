package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.SubscriptionRepository;

class InMemorySubscriptionRepositoryContractTest extends SubscriptionRepositoryContract {
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
