package ai.tavari.bootstrap.launcher;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Things the launcher started, stopped in reverse order exactly once: by the command when it ends,
 * by the JVM shutdown hook on Ctrl-C / SIGTERM, or when the application server dies.
 *
 * <p>Each start step runs while holding the lifecycle lock, and stopping takes the same lock, so a
 * signal that arrives while PostgreSQL is starting waits for that start to finish and then stops
 * it: nothing is left running. After a stop, further steps are refused.
 */
public final class Lifecycle {
    /** A started thing that can be stopped. */
    @FunctionalInterface
    public interface Stoppable {
        void stop() throws Exception;
    }

    /** A start step that yields something to stop later. */
    @FunctionalInterface
    public interface Step<T> {
        T start() throws Exception;
    }

    /** Thrown by {@link #start} once stopping has begun. */
    public static final class StoppingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoppingException() {
            super("the launcher is stopping");
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Named> started = new ArrayDeque<>();
    private volatile boolean stopping;

    private record Named(String name, Stoppable stoppable) {
    }

    /** Runs {@code step} and registers what it started, unless the launcher is stopping. */
    public <T> T start(String name, Step<T> step, Function<T, Stoppable> stopper) {
        lock.lock();
        try {
            if (stopping) {
                throw new StoppingException();
            }
            T value;
            try {
                value = step.start();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Stoppable stoppable = stopper.apply(value);
            synchronized (started) {
                started.push(new Named(name, stoppable));
            }
            return value;
        } finally {
            lock.unlock();
        }
    }

    public boolean stopping() {
        return stopping;
    }

    /** Stops everything started so far, newest first; later calls do nothing. */
    public void stopAll() {
        boolean locked = false;
        try {
            // A start step (initdb on a slow disk) may hold the lock for a while; wait for it.
            locked = lock.tryLock(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            stopping = true;
            while (true) {
                Named next;
                synchronized (started) {
                    next = started.poll();
                }
                if (next == null) {
                    return;
                }
                try {
                    next.stoppable().stop();
                } catch (Exception e) {
                    Console.error("could not stop " + next.name() + ": " + e.getMessage(), e);
                }
            }
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }
}
