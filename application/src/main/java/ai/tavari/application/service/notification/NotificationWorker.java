package ai.tavari.application.service.notification;

import ai.tavari.application.port.out.CallScheduler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs delivery every poll interval and the daily checks (trials ending, daily digests) every hour, on worker
 * threads, never two runs of one kind at a time on this server. Every server runs it: the outbox
 * hands each notification to one of them.
 */
@Singleton
public class NotificationWorker {
    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());
    static final Duration CHECKS_EVERY = Duration.ofHours(1);
    /** Batches one run may take while more are due, so a backlog drains without starving the next run. */
    static final int MAX_BATCHES_PER_RUN = 20;

    private final CallScheduler scheduler;
    private final NotificationDelivery delivery;
    private final TrialAlerts trials;
    private final DailyDigests digests;
    private final NotificationConfig config;
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicBoolean checking = new AtomicBoolean();
    private boolean started;

    @Inject
    public NotificationWorker(CallScheduler scheduler, NotificationDelivery delivery, TrialAlerts trials,
                              DailyDigests digests, NotificationConfig config) {
        this.scheduler = scheduler;
        this.delivery = delivery;
        this.trials = trials;
        this.digests = digests;
        this.config = config;
    }

    /** The composition root calls it at start-up. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        // the scheduler's timer threads pace live calls: hand the work to its worker threads
        scheduler.scheduleAtFixedRate(() -> scheduler.execute(this::deliver), config.pollInterval(),
                config.pollInterval());
        scheduler.scheduleAtFixedRate(() -> scheduler.execute(this::dailyChecks), Duration.ofMinutes(1), CHECKS_EVERY);
    }

    void deliver() {
        if (!delivering.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN && delivery.deliverDue() == config.batchSize(); batch++) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification delivery failed; it runs again in " + config.pollInterval(), e);
        } finally {
            delivering.set(false);
        }
    }

    private static void check(String name, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the check of " + name + " failed; it runs again in " + CHECKS_EVERY, e);
        }
    }

    void dailyChecks() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        try {
            check("trials ending soon", trials::trialsEndingSoon);
            check("daily digests", digests::sendDue);
        } finally {
            checking.set(false);
        }
    }
}
