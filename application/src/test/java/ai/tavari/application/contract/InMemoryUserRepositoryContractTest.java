package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryUserRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.UserRepository;

/** The fake used by application tests honours the same contract as the real adapter. */
class InMemoryUserRepositoryContractTest extends UserRepositoryContract {
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
