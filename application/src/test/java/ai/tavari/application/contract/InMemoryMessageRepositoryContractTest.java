package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryCallSessionRepository;
import ai.tavari.application.fakes.InMemoryMessageRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.MessageRepository;

class InMemoryMessageRepositoryContractTest extends MessageRepositoryContract {
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    private final InMemoryMessageRepository messages = new InMemoryMessageRepository(calls);

    @Override
    protected MessageRepository messages() {
        return messages;
    }

    @Override
    protected CallSessionRepository calls() {
        return calls;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
