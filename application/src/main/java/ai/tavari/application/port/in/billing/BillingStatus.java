package ai.tavari.application.port.in.billing;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.Subscription;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The business's plan and subscription, the minutes of its usage period, whether payments are set
 * up, and when its trial ends (or ended): the default plan's trial counted from sign-up, or the
 * payment provider's trial while the subscription is trialing; empty otherwise.
 */
public record BillingStatus(Plan plan, Subscription subscription, long minutesUsed, boolean billingConfigured,
                            Optional<Instant> trialEnd) {
    public BillingStatus {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(subscription, "subscription");
        trialEnd = Objects.requireNonNullElse(trialEnd, Optional.empty());
        if (minutesUsed < 0) {
            throw new IllegalArgumentException("minutesUsed must be zero or more");
        }
    }

    public long minutesRemaining() {
        return plan.remainingMinutes(minutesUsed);
    }
}
