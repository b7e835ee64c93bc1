package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private final Lifecycle lifecycle = new Lifecycle();
    private final List<String> stopped = new CopyOnWriteArrayList<>();

    private void startThing(String name) {
        lifecycle.start(name, () -> name, value -> () -> stopped.add(value));
    }

    @Test
    void stopsNewestFirstAndOnlyOnce() {
        startThing("lock");
        startThing("postgres");
        startThing("payara");

        lifecycle.stopAll();
        lifecycle.stopAll();

        assertThat(stopped).containsExactly("payara", "postgres", "lock");
        assertThat(lifecycle.stopping()).isTrue();
    }

    @Test
    void refusesToStartAfterStopping() {
        lifecycle.stopAll();

        assertThatThrownBy(() -> startThing("late")).isInstanceOf(Lifecycle.StoppingException.class);
        assertThat(stopped).isEmpty();
    }

    @Test
    void aFailingStopDoesNotPreventTheOthers() {
        startThing("postgres");
        lifecycle.start("payara", () -> "payara", value -> () -> {
            throw new IllegalStateException("boom");
        });

        lifecycle.stopAll();

        assertThat(stopped).containsExactly("postgres");
    }

    @Test
    void aSignalDuringAStartStepWaitsForItAndThenStopsWhatItStarted() throws Exception {
        CountDownLatch inStep = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread starter = new Thread(() -> lifecycle.start("postgres", () -> {
            inStep.countDown();
            release.await();
            return "postgres";
        }, value -> () -> stopped.add(value)));
        starter.start();
        assertThat(inStep.await(5, TimeUnit.SECONDS)).isTrue();

        Thread hook = new Thread(lifecycle::stopAll);
        hook.start();
        Thread.sleep(200);
        assertThat(hook.isAlive()).as("the hook waits for the running start step").isTrue();

        release.countDown();
        hook.join(5000);
        starter.join(5000);
        assertThat(stopped).containsExactly("postgres");
    }
}
