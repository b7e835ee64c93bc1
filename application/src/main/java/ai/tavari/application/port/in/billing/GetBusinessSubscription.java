package ai.tavari.application.port.in.billing;

import ai.tavari.domain.business.BusinessId;
import java.time.Instant;

/**
 * The business's subscription as the usage rules see it at {@code now}. A business the payment
 * provider never reported on is on the configured default plan, active, with calendar-month
 * periods in its time zone; a subscription without a reported period also counts in calendar months.
 */
public interface GetBusinessSubscription {
    BusinessSubscription subscriptionOf(BusinessId businessId, Instant now);
}
