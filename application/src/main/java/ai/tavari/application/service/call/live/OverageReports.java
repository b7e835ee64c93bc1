package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.billing.ReportCallUsage;
import ai.tavari.application.port.out.BillingUnavailableException;
import ai.tavari.application.port.out.CallScheduler;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports a metered call's minutes beyond the plan to the payment provider, off the call's
 * threads and after the minutes are stored: the first attempt waits a moment (the transaction
 * that recorded them commits meanwhile; reporting reads only committed minutes, and is safe to
 * repeat), and a provider that is down is tried again with growing pauses.
 */
@Singleton
public class OverageReports {
    private static final Logger LOG = Logger.getLogger(OverageReports.class.getName());
    static final List<Duration> ATTEMPTS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

    private final ReportCallUsage reportCallUsage;
    private final CallScheduler scheduler;

    @Inject
    public OverageReports(ReportCallUsage reportCallUsage, CallScheduler scheduler) {
        this.reportCallUsage = reportCallUsage;
        this.scheduler = scheduler;
    }

    public void reportLater(BusinessId businessId, CallId callId) {
        attempt(businessId, callId, 0);
    }

    private void attempt(BusinessId businessId, CallId callId, int attempt) {
        scheduler.schedule(() -> {
            try {
                reportCallUsage.report(businessId, callId);
            } catch (BillingUnavailableException e) {
                if (e.temporary() && attempt + 1 < ATTEMPTS.size()) {
                    attempt(businessId, callId, attempt + 1);
                } else {
                    LOG.log(Level.SEVERE, "overage of call " + callId + " could not be reported: " + e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "overage of call " + callId + " could not be reported", e);
            }
        }, ATTEMPTS.get(attempt));
    }
}
