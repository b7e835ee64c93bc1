package ai.tavari.application.fakes;

import ai.tavari.application.port.out.CallScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code execute} at once on the calling thread; delayed tasks wait until a test runs them
 * (each once), and periodic ones run whenever a test asks. Delays are kept for assertions.
 */
public class QueuedScheduler implements CallScheduler {
    private final List<Runnable> delayed = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> periodic = new ArrayList<>();

    @Override
    public synchronized Cancellable schedule(Runnable task, Duration delay) {
        delayed.add(task);
        delays.add(delay);
        return () -> remove(task);
    }

    @Override
    public synchronized Cancellable scheduleAtFixedRate(Runnable task, Duration initialDelay, Duration period) {
        periodic.add(task);
        return () -> removePeriodic(task);
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    /** Runs the delayed tasks scheduled so far, each once. */
    public void runDelayed() {
        List<Runnable> due;
        synchronized (this) {
            due = List.copyOf(delayed);
            delayed.clear();
        }
        due.forEach(Runnable::run);
    }

    public void runPeriodic() {
        List<Runnable> tasks;
        synchronized (this) {
            tasks = List.copyOf(periodic);
        }
        tasks.forEach(Runnable::run);
    }

    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    public synchronized int periodicTasks() {
        return periodic.size();
    }

    private synchronized void remove(Runnable task) {
        delayed.remove(task);
    }

    private synchronized void removePeriodic(Runnable task) {
        periodic.remove(task);
    }
}
