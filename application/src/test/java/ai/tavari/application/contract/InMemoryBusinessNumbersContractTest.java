package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessNumbers;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.application.port.out.BusinessRepository;

class InMemoryBusinessNumbersContractTest extends BusinessNumbersContract {
    private final InMemoryBusinessNumbers numbers = new InMemoryBusinessNumbers();
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();

    @Override
    protected BusinessNumbers numbers() {
        return numbers;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
