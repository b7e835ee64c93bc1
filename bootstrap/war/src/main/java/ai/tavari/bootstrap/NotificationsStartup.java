package ai.tavari.bootstrap;

import ai.tavari.application.service.notification.NotificationWorker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Starts the delivery of owner notifications from the outbox, and the daily checks, with the application. */
@ApplicationScoped
public class NotificationsStartup {
    @Inject
    NotificationWorker worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        worker.start();
    }
}
