package ai.tavari.application.fakes;

import ai.tavari.application.port.out.AfterCommit;
import java.util.ArrayList;
import java.util.List;

/** Keeps after-commit work until the test commits (runs it) or rolls back (drops it). */
public class PendingCommit implements AfterCommit {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public synchronized void run(Runnable task) {
        pending.add(task);
    }

    public void commit() {
        List<Runnable> tasks;
        synchronized (this) {
            tasks = List.copyOf(pending);
            pending.clear();
        }
        tasks.forEach(Runnable::run);
    }

    public synchronized void rollback() {
        pending.clear();
    }

    public synchronized int pending() {
        return pending.size();
    }
}
