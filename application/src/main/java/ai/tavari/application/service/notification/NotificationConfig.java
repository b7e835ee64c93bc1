package ai.tavari.application.service.notification;

import ai.tavari.domain.shared.CallId;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How notifications are delivered: the public address links point to, how often the outbox is
 * polled, how many are taken at once, how long a taken one stays with its worker, and how many
 * attempts a notification gets (pauses between them grow from a minute to six hours).
 */
public record NotificationConfig(URI publicUrl, Duration pollInterval, int batchSize, Duration lease, int maxAttempts) {
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    public NotificationConfig {
        Objects.requireNonNull(publicUrl, "publicUrl");
        String base = publicUrl.toString();
        publicUrl = URI.create(base.endsWith("/") ? base : base + "/");
        requirePositive(pollInterval, "pollInterval");
        requirePositive(lease, "lease");
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("batchSize and maxAttempts must be at least 1");
        }
    }

    public static NotificationConfig defaults(URI publicUrl) {
        return new NotificationConfig(publicUrl, Duration.ofSeconds(5), 20, Duration.ofMinutes(5), 8);
    }

    public String callLink(CallId callId) {
        return publicUrl.resolve("app/calls/" + callId.value()).toString();
    }

    public String billingLink() {
        return publicUrl.resolve("billing/").toString();
    }

    public String settingsLink() {
        return publicUrl.resolve("app/").toString();
    }

    /** The pause after failed attempt {@code attempt} (1 for the first): 1 min, 3, 9, 27, 81, 243, then 6 h at most. */
    public static Duration retryDelay(int attempt) {
        Duration delay = FIRST_RETRY;
        for (int i = 1; i < attempt && delay.compareTo(LONGEST_RETRY) < 0; i++) {
            delay = delay.multipliedBy(3);
        }
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
