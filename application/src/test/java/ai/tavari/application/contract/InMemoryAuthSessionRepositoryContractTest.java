package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryAuthSessionRepository;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryUserRepository;
import ai.tavari.application.port.out.AuthSessionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.UserRepository;

class InMemoryAuthSessionRepositoryContractTest extends AuthSessionRepositoryContract {
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAuthSessionRepository sessions = new InMemoryAuthSessionRepository();

    @Override
    protected AuthSessionRepository sessions() {
        return sessions;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
