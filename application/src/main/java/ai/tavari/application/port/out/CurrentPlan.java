package ai.tavari.application.port.out;

import ai.tavari.domain.business.Business;
import java.time.Instant;

/**
 * Which plan a business is on right now, and its current usage period. Until subscriptions are
 * billed, one configured plan applies to every business with calendar-month periods in the
 * business's time zone; the billing adapter replaces that with the business's subscription.
 */
public interface CurrentPlan {
    /** The business's plan and the usage period that contains {@code now}. */
    PlanTerm termFor(Business business, Instant now);
}
