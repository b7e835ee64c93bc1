package ai.tavari.application.port.out;

import java.time.Instant;

/**
 * Idempotency store for inbound events (webhooks): each (source, event id) is let through once.
 * Call {@link #markProcessed} in the same transaction as the event's effect, and apply the effect
 * only when it returns true: if that transaction rolls back the mark goes with it, so a redelivery
 * is applied; if it commits, every redelivery is skipped. Two deliveries of one event handled at
 * once on different threads or servers get true exactly once (the second waits for the first's
 * transaction to finish).
 */
public interface ProcessedEvents {
    int MAX_SOURCE_LENGTH = 32;
    int MAX_EVENT_ID_LENGTH = 255;

    /**
     * @return true the first time this event is seen, false for a duplicate
     * @throws IllegalArgumentException if source or event id is blank or too long
     */
    boolean markProcessed(String source, String eventId, Instant at);

    static void checkKey(String source, String eventId) {
        if (source == null || source.isBlank() || source.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("event source must be 1 to " + MAX_SOURCE_LENGTH + " characters");
        }
        if (eventId == null || eventId.isBlank() || eventId.length() > MAX_EVENT_ID_LENGTH) {
            throw new IllegalArgumentException("event id must be 1 to " + MAX_EVENT_ID_LENGTH + " characters");
        }
    }
}
