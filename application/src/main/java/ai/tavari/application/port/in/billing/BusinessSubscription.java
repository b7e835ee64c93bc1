package ai.tavari.application.port.in.billing;

import ai.tavari.domain.billing.Subscription;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code UsagePolicy} needs about a business's subscription: its state (with the usage
 * period to count minutes in) and how long a past-due subscription keeps working.
 */
public record BusinessSubscription(Subscription subscription, Duration pastDueGrace) {
    public BusinessSubscription {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(pastDueGrace, "pastDueGrace");
    }
}
