package ai.tavari.application.port.in.billing;

import ai.tavari.domain.business.BusinessId;

public interface GetBillingStatus {
    /** Plan, subscription state and period, and minutes; works whether or not payments are set up. */
    BillingStatus status(BusinessId businessId);
}
