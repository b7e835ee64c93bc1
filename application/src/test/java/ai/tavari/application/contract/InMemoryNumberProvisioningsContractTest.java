package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryNumberProvisionings;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.NumberProvisionings;

class InMemoryNumberProvisioningsContractTest extends NumberProvisioningsContract {
    private final InMemoryNumberProvisionings store = new InMemoryNumberProvisionings();
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();

    @Override
    protected NumberProvisionings store() {
        return store;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
