package ai.tavari.application.port.out;

import java.time.Duration;

/** Runs call logic later or repeatedly, off the caller's thread (the server's managed threads). */
public interface CallScheduler {
    Cancellable schedule(Runnable task, Duration delay);

    Cancellable scheduleAtFixedRate(Runnable task, Duration initialDelay, Duration period);

    /** Runs {@code task} soon on another thread. */
    void execute(Runnable task);

    interface Cancellable {
        void cancel();
    }
}
