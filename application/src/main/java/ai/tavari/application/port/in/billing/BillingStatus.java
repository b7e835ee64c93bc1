package ai.tavari.application.port.in.billing;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.Subscription;
import java.util.Objects;

/** The business's plan and subscription, the minutes of its usage period, and whether payments are set up. */
public record BillingStatus(Plan plan, Subscription subscription, long minutesUsed, boolean billingConfigured) {
    public BillingStatus {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(subscription, "subscription");
        if (minutesUsed < 0) {
            throw new IllegalArgumentException("minutesUsed must be zero or more");
        }
    }

    public long minutesRemaining() {
        return plan.remainingMinutes(minutesUsed);
    }
}
