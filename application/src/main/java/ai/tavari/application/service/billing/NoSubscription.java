package ai.tavari.application.service.billing;

import ai.tavari.application.service.usage.CalendarMonths;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.Subscription;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.Business;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The subscription state of a business that never subscribed, on the catalogue's default plan,
 * always with calendar-month usage periods in the business's time zone. This is the one place it
 * is computed:
 * <ul>
 * <li>a default plan with trial days: {@code TRIALING} from sign-up for that many days, then
 *     {@code NONE} (the trial is over and nothing was bought);</li>
 * <li>a default plan without trial days (a self-hosted install's own plan): {@code ACTIVE}.</li>
 * </ul>
 */
public final class NoSubscription {
    private NoSubscription() {
    }

    public static Subscription of(Business business, Plan defaultPlan, Instant now) {
        Subscription active = Subscription.active(defaultPlan.code(), CalendarMonths.containing(now, business.timeZone()));
        Optional<Instant> trialEnd = trialEnd(business, defaultPlan);
        if (trialEnd.isEmpty()) {
            return active;
        }
        return active.withStatus(now.isBefore(trialEnd.get()) ? SubscriptionStatus.TRIALING : SubscriptionStatus.NONE,
                Optional.empty());
    }

    /** When the default plan's trial of a business without subscription ends (or ended); empty without a trial. */
    public static Optional<Instant> trialEnd(Business business, Plan defaultPlan) {
        return defaultPlan.hasTrial()
                ? Optional.of(business.createdAt().plus(Duration.ofDays(defaultPlan.trialDays())))
                : Optional.empty();
    }
}
