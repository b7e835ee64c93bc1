package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.ProcessedEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessedEvents} store must do; run against the in-memory fake and the real adapter. */
public abstract class ProcessedEventsContract {
    protected static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");

    protected abstract ProcessedEvents events();

    @Test
    void letsAnEventThroughOnlyTheFirstTime() {
        String id = "evt_" + UUID.randomUUID();

        assertThat(events().markProcessed("stripe", id, T0)).isTrue();
        assertThat(events().markProcessed("stripe", id, T0.plusSeconds(5))).isFalse();
        assertThat(events().markProcessed("stripe", id, T0.plusSeconds(3600))).isFalse();
    }

    @Test
    void theSameIdFromAnotherSourceIsAnotherEvent() {
        String id = "evt_" + UUID.randomUUID();

        assertThat(events().markProcessed("stripe", id, T0)).isTrue();
        assertThat(events().markProcessed("voximplant", id, T0)).isTrue();
        assertThat(events().markProcessed("stripe", id + "x", T0)).isTrue();
    }

    @Test
    void letsAnEventThroughOnceWhenItIsDeliveredManyTimesAtOnce() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return events().markProcessed("stripe", id, T0);
                }));
            }
            start.countDown();
            int firsts = 0;
            for (Future<Boolean> result : results) {
                firsts += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(firsts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesBlankOrOverlongKeys() {
        assertThatThrownBy(() -> events().markProcessed(" ", "evt_1", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> events().markProcessed("stripe", "", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> events().markProcessed("s".repeat(ProcessedEvents.MAX_SOURCE_LENGTH + 1), "evt_1", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> events().markProcessed("stripe", "e".repeat(ProcessedEvents.MAX_EVENT_ID_LENGTH + 1), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events().markProcessed("s".repeat(ProcessedEvents.MAX_SOURCE_LENGTH),
                "e".repeat(ProcessedEvents.MAX_EVENT_ID_LENGTH), T0)).isTrue();
    }
}
