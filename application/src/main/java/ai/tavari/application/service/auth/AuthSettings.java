package ai.tavari.application.service.auth;

import java.time.Duration;
import java.util.Objects;

/** How long a log-in lasts. Supplied by the composition root from configuration. */
public record AuthSettings(Duration sessionLifetime) {
    public AuthSettings {
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive");
        }
    }
}
