package ai.tavari.adapters.web.billing;

import ai.tavari.adapters.web.usage.PlanView;
import ai.tavari.application.port.in.billing.BillingStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Locale;

/**
 * The plan, the subscription's {@code status} in Stripe's words ({@code trialing}, {@code active},
 * {@code past_due}, {@code canceled}, …; {@code none} once a trial ended without a purchase), its
 * current period (the usage period: the Stripe billing period, or a calendar month without a
 * subscription), and its minutes. {@code billingConfigured} is false when this server takes no
 * payments; {@code trialEnd} is when the trial ends or ended, absent without one.
 */
@JsonbPropertyOrder({"plan", "status", "currentPeriodStart", "currentPeriodEnd", "cancelAtPeriodEnd",
        "minutesIncluded", "minutesUsed", "minutesRemaining", "billingConfigured", "trialEnd"})
public record BillingStatusView(PlanView plan, String status, Instant currentPeriodStart, Instant currentPeriodEnd,
                                boolean cancelAtPeriodEnd, long minutesIncluded, long minutesUsed,
                                long minutesRemaining, boolean billingConfigured, Instant trialEnd) {
    static BillingStatusView of(BillingStatus status) {
        var subscription = status.subscription();
        return new BillingStatusView(PlanView.of(status.plan()), subscription.status().name().toLowerCase(Locale.ROOT),
                subscription.currentPeriod().start(), subscription.currentPeriod().end(),
                subscription.cancelAtPeriodEnd(), status.plan().includedMinutes(), status.minutesUsed(),
                status.minutesRemaining(), status.billingConfigured(), status.trialEnd().orElse(null));
    }
}
