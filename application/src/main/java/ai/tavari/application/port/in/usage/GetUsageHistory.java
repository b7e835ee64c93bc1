package ai.tavari.application.port.in.usage;

import ai.tavari.domain.business.BusinessId;

public interface GetUsageHistory {
    int DEFAULT_MONTHS = 12;
    int MAX_MONTHS = 24;

    /**
     * The last {@code months} calendar months (the current one included) and the current period per day.
     *
     * @throws ai.tavari.application.validation.InvalidCommandException naming {@code months} unless it
     *         is between 1 and {@value #MAX_MONTHS}
     */
    UsageHistory history(BusinessId businessId, int months);
}
