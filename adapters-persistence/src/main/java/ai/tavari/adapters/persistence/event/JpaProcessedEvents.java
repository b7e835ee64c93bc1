package ai.tavari.adapters.persistence.event;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * {@code processed_events}: the insert does nothing for a key already there, and waits for a
 * concurrent transaction inserting the same key, so exactly one of them inserts.
 */
@ApplicationScoped
public class JpaProcessedEvents implements ProcessedEvents {
    private static final String MARK = "INSERT INTO processed_events (source, event_id, processed_at)"
            + " VALUES (?1, ?2, CAST(?3 AS timestamptz)) ON CONFLICT (source, event_id) DO NOTHING";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaProcessedEvents() {
    }

    public JpaProcessedEvents(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean markProcessed(String source, String eventId, Instant at) {
        ProcessedEvents.checkKey(source, eventId);
        return em.createNativeQuery(MARK)
                .setParameter(1, source)
                .setParameter(2, eventId)
                .setParameter(3, Timestamps.toColumnMicros(at))
                .executeUpdate() == 1;
    }
}
