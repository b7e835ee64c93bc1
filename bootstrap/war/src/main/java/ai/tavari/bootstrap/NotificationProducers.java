package ai.tavari.bootstrap;

import ai.tavari.application.service.notification.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notification delivery from configuration. Links in notifications point at the public URL
 * ({@code tavari.public.url}); without one, at this server on localhost.
 */
@ApplicationScoped
public class NotificationProducers {
    @Inject
    @ConfigProperty(name = "tavari.public.url")
    Optional<String> publicUrl;
    @Inject
    @ConfigProperty(name = "tavari.port", defaultValue = "8080")
    int port;
    @Inject
    @ConfigProperty(name = "tavari.notifications.poll-interval", defaultValue = "PT5S")
    Duration pollInterval;

    @Produces
    NotificationConfig notificationConfig() {
        URI base = URI.create(publicUrl.filter(url -> !url.isBlank()).map(String::strip)
                .orElse("http://localhost:" + port + "/"));
        NotificationConfig defaults = NotificationConfig.defaults(base);
        return new NotificationConfig(base, pollInterval, defaults.batchSize(), defaults.lease(), defaults.maxAttempts());
    }
}
