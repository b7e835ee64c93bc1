package ai.tavari.bootstrap;

import ai.tavari.application.port.out.CallScheduler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads live calls run on: a small timer pool for pacing ticks and deadlines, and a worker
 * pool for database writes. Every task runs inside the application's context (naming, class
 * loader, security), captured once at start-up: tasks are often handed over from threads the
 * server does not manage (the AI engine's socket), which carry no context of their own, and
 * without it injected persistence contexts and transactions do not work.
 */
@ApplicationScoped
public class ManagedCallScheduler implements CallScheduler {
    private static final int TIMER_THREADS = 2;
    private static final int WORKER_THREADS = 8;

    @Resource
    ManagedThreadFactory threads;
    @Resource
    ContextService contexts;

    private ScheduledThreadPoolExecutor timers;
    private ThreadPoolExecutor workers;
    private Executor inApplicationContext;

    @PostConstruct
    void start() {
        inApplicationContext = contexts.createContextualProxy(new DirectExecutor(), Executor.class);
        timers = new ScheduledThreadPoolExecutor(TIMER_THREADS, threads);
        timers.setRemoveOnCancelPolicy(true);
        workers = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
        workers.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        timers.shutdownNow();
        workers.shutdown();
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = timers.schedule(inContext(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Cancellable scheduleAtFixedRate(Runnable task, Duration initialDelay, Duration period) {
        ScheduledFuture<?> future = timers.scheduleAtFixedRate(inContext(task), initialDelay.toNanos(), period.toNanos(),
                TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void execute(Runnable task) {
        workers.execute(inContext(task));
    }

    private Runnable inContext(Runnable task) {
        return () -> inApplicationContext.execute(task);
    }

    /** Runs the task on the calling thread; its contextual proxy adds the application's context. */
    public static final class DirectExecutor implements Executor {
        @Override
        public void execute(Runnable task) {
            task.run();
        }
    }
}
