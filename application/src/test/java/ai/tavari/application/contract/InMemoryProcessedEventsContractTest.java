package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryProcessedEvents;
import ai.tavari.application.port.out.ProcessedEvents;

class InMemoryProcessedEventsContractTest extends ProcessedEventsContract {
    private final InMemoryProcessedEvents events = new InMemoryProcessedEvents();

    @Override
    protected ProcessedEvents events() {
        return events;
    }
}
