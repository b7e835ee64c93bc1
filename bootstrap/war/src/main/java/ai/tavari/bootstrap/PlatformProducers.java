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
    Clock clock() {
        // PostgreSQL keeps microseconds: a clock that ticks in microseconds keeps stored and returned times equal.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Produces
    AuthSettings authSettings() {
        return new AuthSettings(sessionLifetime);
    }
}
