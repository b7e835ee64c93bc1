package ai.tavari.adapters.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SessionExecutorTest {

    @Test
    void runsEachSessionsTasksOneAtATimeInOrderWhileSessionsShareThePool() throws InterruptedException {
        int sessions = 50;
        int tasksEach = 400;
        List<SessionExecutor> executors = IntStream.range(0, sessions).mapToObj(i -> new SessionExecutor()).toList();
        List<List<Integer>> seen = IntStream.range(0, sessions).mapToObj(i -> (List<Integer>) new ArrayList<Integer>()).toList();
        AtomicInteger[] inside = IntStream.range(0, sessions).mapToObj(i -> new AtomicInteger()).toArray(AtomicInteger[]::new);
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(sessions * tasksEach);

        for (int t = 0; t < tasksEach; t++) {
            for (int s = 0; s < sessions; s++) {
                int session = s;
                int task = t;
                executors.get(s).execute(() -> {
                    if (inside[session].incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    seen.get(session).add(task); // unsynchronised on purpose: one task at a time
                    inside[session].decrementAndGet();
                    done.countDown();
                });
            }
        }

        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(overlaps).hasValue(0);
        for (List<Integer> order : seen) {
            assertThat(order).isEqualTo(IntStream.range(0, tasksEach).boxed().toList());
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheNextAndWorkAfterShutdownIsRefused() throws InterruptedException {
        SessionExecutor executor = new SessionExecutor();
        CountDownLatch ran = new CountDownLatch(2);
        executor.execute(() -> {
            ran.countDown();
            throw new IllegalStateException("a bug in one task");
        });
        executor.execute(ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();

        CountDownLatch queued = new CountDownLatch(1);
        executor.execute(queued::countDown);
        executor.shutdown();
        assertThat(executor.offer(() -> { })).isFalse();
        assertThat(queued.await(5, TimeUnit.SECONDS)).as("queued before the shutdown, still runs").isTrue();
    }
}
