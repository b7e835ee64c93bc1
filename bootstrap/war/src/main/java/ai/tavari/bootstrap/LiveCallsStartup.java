package ai.tavari.bootstrap;

import ai.tavari.application.service.call.live.LiveCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Starts call pacing, heartbeats and the reconciler of calls whose server died, with the application. */
@ApplicationScoped
public class LiveCallsStartup {
    @Inject
    LiveCalls liveCalls;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        liveCalls.start();
    }
}
