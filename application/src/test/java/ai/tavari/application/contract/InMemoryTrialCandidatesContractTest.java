package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.InMemoryTrialCandidates;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.port.out.notification.TrialCandidates;

class InMemoryTrialCandidatesContractTest extends TrialCandidatesContract {
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();

    @Override
    protected TrialCandidates trials() {
        return new InMemoryTrialCandidates(businesses, subscriptions);
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }
}
