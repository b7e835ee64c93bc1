package ai.tavari.adapters.ai.openai.fake;

import ai.tavari.adapters.ai.openai.fake.RecordedEvent.Direction;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** What went over one connection, both ways, in order; tests wait on it. */
final class EventLog {
    private final List<RecordedEvent> events = new ArrayList<>();
    private long sequence;

    synchronized RecordedEvent add(Direction direction, String type, JsonNode json, String text) {
        RecordedEvent event = new RecordedEvent(++sequence, direction, type, json, text, Instant.now());
        events.add(event);
        notifyAll();
        return event;
    }

    synchronized List<RecordedEvent> snapshot() {
        return List.copyOf(events);
    }

    synchronized RecordedEvent await(Predicate<RecordedEvent> condition, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < events.size(); checked++) {
                if (condition.test(events.get(checked))) {
                    return events.get(checked);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the fake Realtime server saw no " + description + " within " + timeout,
                        new TimeoutException());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + description, e);
            }
        }
    }
}
