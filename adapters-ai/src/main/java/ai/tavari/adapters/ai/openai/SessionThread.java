package ai.tavari.adapters.ai.openai;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one thread that owns a session's state and delivers its events, in order. Work handed to it
 * after the session ended is dropped.
 */
final class SessionThread implements Executor {
    private static final AtomicLong SESSIONS = new AtomicLong();

    private final ExecutorService executor;

    SessionThread() {
        String name = "realtime-session-" + SESSIONS.incrementAndGet();
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        offer(task);
    }

    /** Whether the task was taken; false once the session is over. */
    boolean offer(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException afterEnd) {
            return false;
        }
    }

    /** Lets already queued work run (it finds the session ended), then stops the thread. */
    void shutdown() {
        executor.shutdown();
    }
}
