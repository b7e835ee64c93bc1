package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.CallScheduler;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs tasks one after the other, in submission order, on the scheduler's threads. */
final class SerialTasks {
    private static final Logger LOG = Logger.getLogger(SerialTasks.class.getName());

    private final CallScheduler scheduler;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialTasks(CallScheduler scheduler) {
        this.scheduler = scheduler;
    }

    void submit(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        scheduler.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (tasks) {
                task = tasks.poll();
                if (task == null) {
                    running = false;
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "call task failed", e);
            }
        }
    }
}
