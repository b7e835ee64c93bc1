package ai.tavari.bootstrap;

import ai.tavari.application.service.auth.AuthSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Values the application core needs that only the composition root can decide. */
@ApplicationScoped
public class PlatformProducers {
    @Inject
    @ConfigProperty(name = "tavari.auth.session.lifetime", defaultValue = "P14D")
    Duration sessionLifetime;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    AuthSettings authSettings() {
        return new AuthSettings(sessionLifetime);
    }
}
