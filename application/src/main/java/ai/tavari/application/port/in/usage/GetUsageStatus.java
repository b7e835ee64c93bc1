package ai.tavari.application.port.in.usage;

import ai.tavari.domain.business.BusinessId;

public interface GetUsageStatus {
    /** The business's plan, its current usage period and the minutes and calls in it so far. */
    UsageStatus status(BusinessId businessId);
}
