package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryCallSessionRepository;
import ai.tavari.application.fakes.InMemoryUsageLedger;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.UsageLedger;

class InMemoryUsageLedgerContractTest extends UsageLedgerContract {
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    private final InMemoryUsageLedger usage = new InMemoryUsageLedger(calls);

    @Override
    protected UsageLedger usage() {
        return usage;
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
