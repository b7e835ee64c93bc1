package ai.tavari.application.port.in.billing;

import ai.tavari.domain.business.BusinessId;
import java.time.Instant;

/**
 * The business's subscription as the usage rules see it at {@code now}; its current period is the
 * usage period that minutes count in. A business the payment provider never reported on is on the
 * configured default plan (trialing, then none, or active without a trial) with calendar-month
 * periods in its time zone. A subscription's period is the provider's billing period, moved on to
 * the one containing {@code now} if the renewal was not reported yet (except once it ended); one
 * without a reported period counts in calendar months.
 */
public interface GetBusinessSubscription {
    BusinessSubscription subscriptionOf(BusinessId businessId, Instant now);
}
