package ai.tavari.adapters.telephony.media;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The media sockets' idle timeout (CONTRACT.md §2: 60 s): one sweep a second over the open
 * sockets closes those that received nothing for longer. One daemon thread for all of them; a
 * frame costs a volatile write of the clock.
 */
final class IdleSockets {
    static final IdleSockets SHARED = new IdleSockets(
            TimeUnit.MILLISECONDS.toNanos(VoximplantMediaEndpoint.IDLE_TIMEOUT_MILLIS), System::nanoTime);

    /** A socket as the sweep sees it. */
    interface Watched {
        /** When the last frame arrived, on the sweep's clock. */
        long lastActivity();

        void idleTimeout();
    }

    private final long timeoutNanos;
    private final LongSupplier clock;
    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService sweeper;

    IdleSockets(long timeoutNanos, LongSupplier clock) {
        this.timeoutNanos = timeoutNanos;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Watches {@code socket} until {@link #forget}; the sweeping thread starts on first use. */
    void watch(Watched socket) {
        watched.add(socket);
        synchronized (this) {
            if (sweeper == null) {
                sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "media-idle-timeout");
                    thread.setDaemon(true);
                    return thread;
                });
                sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
            }
        }
    }

    void forget(Watched socket) {
        watched.remove(socket);
    }

    int watching() {
        return watched.size();
    }

    /** Times out every watched socket that received nothing for longer than the timeout. */
    void sweep() {
        long now = clock.getAsLong();
        for (Watched socket : watched) {
            if (now - socket.lastActivity() > timeoutNanos) {
                watched.remove(socket);
                try {
                    socket.idleTimeout();
                } catch (RuntimeException e) {
                    // one socket's failure must not stop the sweep
                }
            }
        }
    }
}
