package ai.tavari.application.service.billing;

import ai.tavari.application.service.usage.CalendarMonths;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.Subscription;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.Business;
import java.time.Instant;
import java.util.Optional;

/**
 * The subscription state of a business that never subscribed, on the catalogue's default plan.
 * This is the one place it is computed:
 * <ul>
 * <li>a default plan with trial days: {@code TRIALING} from sign-up for that many days, then
 *     {@code NONE} (the trial is over and nothing was bought), the period being the trial;</li>
 * <li>a default plan without trial days (a self-hosted install's own plan): {@code ACTIVE},
 *     in calendar months of the business's time zone.</li>
 * </ul>
 */
public final class NoSubscription {
    private NoSubscription() {
    }

    public static Subscription of(Business business, Plan defaultPlan, Instant now) {
        if (!defaultPlan.hasTrial()) {
            return Subscription.active(defaultPlan.code(), CalendarMonths.containing(now, business.timeZone()));
        }
        Subscription trial = Subscription.trial(defaultPlan.code(), business.createdAt(), defaultPlan.trialDays());
        if (trial.currentPeriod().hasEndedBy(now)) {
            return trial.withStatus(SubscriptionStatus.NONE, Optional.empty());
        }
        return trial;
    }
}
