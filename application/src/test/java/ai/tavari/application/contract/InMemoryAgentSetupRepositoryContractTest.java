package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;

class InMemoryAgentSetupRepositoryContractTest extends AgentSetupRepositoryContract {
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();

    @Override
    protected AgentSetupRepository setups() {
        return setups;
    }

    @Override
    protected AgentProfileRepository profiles() {
        return setups.profiles();
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
