package ai.tavari.adapters.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.persistence.testing.LockWaits;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mark lives and dies with the transaction of the event's effect. */
class JpaProcessedEventsTest {
    private static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");
    private static PostgresTestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void anEventWhoseEffectRolledBackIsLetThroughAgain() {
        String id = "evt_" + UUID.randomUUID();

        assertThatThrownBy(() -> db.run(em -> {
            assertThat(new JpaProcessedEvents(em).markProcessed("stripe", id, T0)).isTrue();
            throw new IllegalStateException("applying the event failed");
        })).isInstanceOf(IllegalStateException.class);

        boolean redelivered = db.call(em -> new JpaProcessedEvents(em).markProcessed("stripe", id, T0));
        boolean again = db.call(em -> new JpaProcessedEvents(em).markProcessed("stripe", id, T0));
        assertThat(redelivered).isTrue();
        assertThat(again).isFalse();
    }

    @Test
    void aDuplicateWaitsForTheFirstDeliveryAndIsSkippedIfItCommits() throws Exception {
        assertThat(secondDeliveryWhileFirstIsOpen(true)).isFalse();
    }

    @Test
    void aDuplicateWaitsForTheFirstDeliveryAndIsAppliedIfItRollsBack() throws Exception {
        assertThat(secondDeliveryWhileFirstIsOpen(false)).isTrue();
    }

    private static boolean secondDeliveryWhileFirstIsOpen(boolean firstCommits) throws Exception {
        String id = "evt_" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch marked = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        try {
            Future<?> first = pool.submit(() -> db.run(em -> {
                new JpaProcessedEvents(em).markProcessed("stripe", id, T0);
                marked.countDown();
                try {
                    finishFirst.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (!firstCommits) {
                    throw new IllegalStateException("effect failed");
                }
            }));
            assertThat(marked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = pool.submit(() -> db.call(em -> new JpaProcessedEvents(em).markProcessed("stripe", id, T0)));
            LockWaits.awaitBlocked(db, "INSERT INTO processed_events");
            assertThat(second.isDone()).isFalse();
            finishFirst.countDown();
            try {
                first.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expectedWhenRolledBack) {
                assertThat(firstCommits).isFalse();
            }
            return second.get(10, TimeUnit.SECONDS);
        } finally {
            finishFirst.countDown();
            pool.shutdownNow();
        }
    }
}
