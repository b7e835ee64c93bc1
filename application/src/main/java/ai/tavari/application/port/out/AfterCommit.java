package ai.tavari.application.port.out;

/** Runs work once the current transaction has committed (at once without one); never after a rollback. */
public interface AfterCommit {
    void run(Runnable task);

    /** For callers outside any transaction manager: runs the task at once. */
    AfterCommit IMMEDIATELY = Runnable::run;
}
