package ai.tavari.application.port.out;

import ai.tavari.domain.business.Business;
import java.time.Instant;

/**
 * Which plan a business is on right now, and its current usage period: the plan and billing period
 * of its subscription, or, without one, the configured default plan in calendar months of the
 * business's time zone. Implemented by the billing service, so every count of
 * minutes against the plan uses the same window as the usage rules.
 */
public interface CurrentPlan {
    /** The business's plan and the usage period that contains {@code now}. */
    PlanTerm termFor(Business business, Instant now);
}
