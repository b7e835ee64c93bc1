package ai.tavari.application.port.out;

import ai.tavari.domain.shared.CallId;
import java.time.Instant;

/**
 * Tells the payment provider about minutes it must charge beyond a plan's included ones, so they
 * appear on the customer's next invoice. Without payment provider keys it is not configured and
 * reports nothing.
 */
public interface UsageReporter {
    boolean isConfigured();

    /**
     * Reports {@code minutes} of overage used by one call that ended at {@code at}. The provider
     * counts a call once, however many times it is reported: a retry never charges twice.
     *
     * @throws BillingUnavailableException if the provider could not take the report
     */
    void reportOverage(String customerId, CallId callId, long minutes, Instant at);
}
