package ai.tavari.application.service.number;

import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Phone-number rules from configuration: how long a number is kept after the subscription ended,
 * the shared number owners are told about when numbers are not provisioned, how often a temporary
 * failure is retried (doubling from {@code firstRetry}), and how often due work is looked for.
 */
public record NumberSettings(Duration releaseGrace, Optional<PhoneNumber> sharedNumber, int maxAttempts,
                             Duration firstRetry, Duration checkInterval) {
    public NumberSettings {
        requirePositive(releaseGrace, "release grace", true);
        sharedNumber = Objects.requireNonNullElse(sharedNumber, Optional.empty());
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1");
        }
        requirePositive(firstRetry, "first retry", false);
        requirePositive(checkInterval, "check interval", false);
    }

    public static NumberSettings defaults() {
        return new NumberSettings(Duration.ofDays(30), Optional.empty(), 8, Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    private static void requirePositive(Duration value, String name, boolean zeroAllowed) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || (!zeroAllowed && value.isZero())) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "zero or more" : "positive"));
        }
    }
}
