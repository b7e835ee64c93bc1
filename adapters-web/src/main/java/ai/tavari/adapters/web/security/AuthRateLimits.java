package ai.tavari.adapters.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing and mass sign-ups: a budget of attempts per client address and,
 * for log-ins and sign-ups, per e-mail address.
 */
@ApplicationScoped
public class AuthRateLimits {
    private static final int MAX_TRACKED_KEYS = 100_000;
    private KeyedRateLimiter perClient;
    private KeyedRateLimiter perEmail;

    /** For the container's client proxy. */
    protected AuthRateLimits() {
    }

    @Inject
    public AuthRateLimits(
            @ConfigProperty(name = "tavari.auth.rate-limit.per-ip", defaultValue = "30") long perIp,
            @ConfigProperty(name = "tavari.auth.rate-limit.per-email", defaultValue = "10") long perEmail,
            @ConfigProperty(name = "tavari.auth.rate-limit.period", defaultValue = "PT10M") Duration period) {
        this.perClient = new KeyedRateLimiter(perIp, period, MAX_TRACKED_KEYS);
        this.perEmail = new KeyedRateLimiter(perEmail, period, MAX_TRACKED_KEYS);
    }

    /** @throws RateLimitExceededException when either budget is spent */
    public void check(String clientAddress, String email) {
        perClient.acquire(clientAddress);
        if (email != null && !email.isBlank()) {
            perEmail.acquire(email.strip().toLowerCase(Locale.ROOT));
        }
    }
}
