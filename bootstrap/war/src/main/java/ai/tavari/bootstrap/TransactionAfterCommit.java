package ai.tavari.bootstrap;

import ai.tavari.application.port.out.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** After-commit work through the server's transaction manager. */
@ApplicationScoped
public class TransactionAfterCommit implements AfterCommit {
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public void run(Runnable task) {
        if (transactions.getTransactionKey() == null) {
            task.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    task.run();
                }
            }
        });
    }
}
