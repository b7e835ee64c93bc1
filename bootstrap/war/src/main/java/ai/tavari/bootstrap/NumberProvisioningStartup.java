package ai.tavari.bootstrap;

import ai.tavari.application.service.number.NumberProvisioningService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Resumes unfinished number provisioning and starts the periodic check (retries, releases) with the application. */
@ApplicationScoped
public class NumberProvisioningStartup {
    @Inject
    NumberProvisioningService numbers;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        numbers.start();
    }
}
