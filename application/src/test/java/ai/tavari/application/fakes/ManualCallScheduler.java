package ai.tavari.application.fakes;

import ai.tavari.application.port.out.CallScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs tasks at once on the calling thread; timers only run when a test asks. */
public class ManualCallScheduler implements CallScheduler {
    private final List<Runnable> repeating = new ArrayList<>();

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        repeating.add(task);
        return () -> repeating.remove(task);
    }

    @Override
    public Cancellable scheduleAtFixedRate(Runnable task, Duration initialDelay, Duration period) {
        repeating.add(task);
        return () -> repeating.remove(task);
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    public void runTimers() {
        List.copyOf(repeating).forEach(Runnable::run);
    }
}
