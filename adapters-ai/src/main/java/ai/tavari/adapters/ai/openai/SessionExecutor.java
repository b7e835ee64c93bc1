package ai.tavari.adapters.ai.openai;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one session's work one task at a time, in the order it was handed over, so the session's
 * state needs no lock: events leave in order. The tasks of all sessions share one small pool
 * ({@link #POOL}) instead of a thread each: at a few hundred calls, a thread per call was most of
 * the server's threads, and every young collection scanned all their stacks (BENCHMARKS.md). The
 * tasks never block (database writes go to the call's own writer), so a few threads keep up.
 * Work handed over after {@link #shutdown} is refused; what was queued before still runs.
 */
final class SessionExecutor implements Executor {
    private static final System.Logger LOG = System.getLogger(SessionExecutor.class.getName());
    /** At most this many tasks in a row for one session before the others get the thread. */
    private static final int BATCH = 32;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), new SessionThreads());

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
        offer(task);
    }

    /** Whether the task was taken; false once the session is over. */
    boolean offer(Runnable task) {
        if (shutdown) {
            return false;
        }
        tasks.add(task);
        schedule();
        return true;
    }

    /** Lets already queued work run (it finds the session ended), then takes no more. */
    void shutdown() {
        shutdown = true;
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            POOL.execute(this::runQueued);
        }
    }

    private void runQueued() {
        for (int i = 0; i < BATCH; i++) {
            Runnable task = tasks.poll();
            if (task == null) {
                break;
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "a Realtime session task failed", e);
            }
        }
        scheduled.set(false);
        // a task queued after the last poll, or the rest of a long batch
        if (!tasks.isEmpty()) {
            schedule();
        }
    }

    private static final class SessionThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "realtime-sessions-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
