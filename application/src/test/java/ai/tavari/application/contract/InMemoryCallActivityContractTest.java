package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryCallActivity;
import ai.tavari.application.fakes.InMemoryCallSessionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallActivity;
import ai.tavari.application.port.out.CallSessionRepository;

class InMemoryCallActivityContractTest extends CallActivityContract {
    private final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    private final InMemoryCallActivity activity = new InMemoryCallActivity(calls);
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();

    @Override
    protected CallActivity activity() {
        return activity;
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
