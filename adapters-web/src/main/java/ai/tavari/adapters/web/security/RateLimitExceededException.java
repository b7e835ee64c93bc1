package ai.tavari.adapters.web.security;

import java.time.Duration;

public class RateLimitExceededException extends RuntimeException {
    private final Duration retryAfter;

    public RateLimitExceededException(Duration retryAfter) {
        super("too many attempts; try again later");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, never zero, as the Retry-After header wants. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
