package ai.tavari.application.fakes;

import ai.tavari.application.port.out.ProcessedEvents;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryProcessedEvents implements ProcessedEvents {
    private final Set<Key> seen = ConcurrentHashMap.newKeySet();

    @Override
    public boolean markProcessed(String source, String eventId, Instant at) {
        ProcessedEvents.checkKey(source, eventId);
        return seen.add(new Key(source, eventId));
    }

    private record Key(String source, String eventId) {
    }
}
