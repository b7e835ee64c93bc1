package ai.tavari.adapters.ai;

import ai.tavari.application.port.out.conversation.EngineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects what an engine reports, with the delivering threads, and lets a test wait for it. */
public final class RecordingEvents implements Consumer<EngineEvent> {
    private static final Duration AWAIT = Duration.ofSeconds(10);

    private final List<EngineEvent> events = new ArrayList<>();
    private final Set<String> threads = new LinkedHashSet<>();

    private final java.util.concurrent.atomic.AtomicInteger delivering = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void accept(EngineEvent event) {
        mostAtOnce.accumulateAndGet(delivering.incrementAndGet(), Math::max);
        try {
            Thread.yield(); // widen the window in which a second delivery would overlap
            record(event);
        } finally {
            delivering.decrementAndGet();
        }
    }

    private synchronized void record(EngineEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    /** The most events that were being delivered at the same time. */
    public int mostDeliveredAtOnce() {
        return mostAtOnce.get();
    }

    public synchronized List<EngineEvent> all() {
        return List.copyOf(events);
    }

    public synchronized <T extends EngineEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Names of the threads events arrived on. */
    public synchronized Set<String> threads() {
        return Set.copyOf(threads);
    }

    public <T extends EngineEvent> T await(Class<T> type) {
        return await(type, event -> true);
    }

    public <T extends EngineEvent> T await(Class<T> type, Predicate<T> condition) {
        return awaitDuring(type, condition, AWAIT);
    }

    public synchronized <T extends EngineEvent> T awaitDuring(Class<T> type, Predicate<T> condition,
                                                              Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < events.size(); checked++) {
                EngineEvent event = events.get(checked);
                if (type.isInstance(event) && condition.test(type.cast(event))) {
                    return type.cast(event);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type.getSimpleName() + " as expected within " + timeout
                        + "; events so far: " + summary());
            }
            waitMillis(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until {@code count} events of {@code type} arrived, and returns them. */
    public synchronized <T extends EngineEvent> List<T> awaitCount(Class<T> type, int count) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (all(type).size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("fewer than " + count + " " + type.getSimpleName() + " within " + AWAIT
                        + "; events so far: " + summary());
            }
            waitMillis(Math.max(1, left / 1_000_000));
        }
        return all(type);
    }

    private String summary() {
        return events.stream().map(event -> event instanceof EngineEvent.AgentAudio
                ? "AgentAudio" : event.toString()).toList().toString();
    }

    private void waitMillis(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
