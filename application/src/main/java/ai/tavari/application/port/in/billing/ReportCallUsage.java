package ai.tavari.application.port.in.billing;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;

/**
 * After a call's minutes are recorded in the usage ledger: charges the part of them beyond the
 * plan's included minutes through the payment provider, when the plan allows overage. Safe to call
 * again for the same call (a retry reports the same figure under the same identity, and the
 * provider counts it once). Call it after the transaction that recorded the minutes committed:
 * it talks to the provider over the network.
 */
public interface ReportCallUsage {
    /** @throws ai.tavari.application.port.out.BillingUnavailableException if the provider could not take it; retry later */
    OverageReport report(BusinessId businessId, CallId callId);
}
