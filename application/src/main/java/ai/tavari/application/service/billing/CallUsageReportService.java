package ai.tavari.application.service.billing;

import ai.tavari.application.port.in.billing.GetBusinessSubscription;
import ai.tavari.application.port.in.billing.OverageReport;
import ai.tavari.application.port.in.billing.OverageReport.Outcome;
import ai.tavari.application.port.in.billing.ReportCallUsage;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.port.out.RecordedUsage;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.application.port.out.UsageReporter;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.Subscription;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Reports the part of a call's minutes beyond the plan's included minutes; see {@link ReportCallUsage}.
 * The call's overage is worked out from the ledger alone: the minutes recorded in its period before
 * it, plus its own, against the included minutes. A retry therefore reports the same figure, and
 * the reporter's per-call identity makes the provider count it once. Not transactional on purpose:
 * the reads take their own short transactions and no database connection is held while the provider
 * is called.
 */
@Singleton
public class CallUsageReportService implements ReportCallUsage {
    private final UsageLedger usage;
    private final GetBusinessSubscription businessSubscription;
    private final SubscriptionRepository subscriptions;
    private final PlanCatalog catalog;
    private final UsageReporter reporter;

    @Inject
    public CallUsageReportService(UsageLedger usage, GetBusinessSubscription businessSubscription,
                                  SubscriptionRepository subscriptions, PlanCatalog catalog, UsageReporter reporter) {
        this.usage = usage;
        this.businessSubscription = businessSubscription;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.reporter = reporter;
    }

    @Override
    public OverageReport report(BusinessId businessId, CallId callId) {
        if (!reporter.isConfigured()) {
            return OverageReport.none(Outcome.BILLING_NOT_CONFIGURED);
        }
        Optional<RecordedUsage> recorded = usage.recorded(businessId, callId);
        if (recorded.isEmpty()) {
            return OverageReport.none(Outcome.NOT_RECORDED);
        }
        Instant at = recorded.get().recordedAt();
        Subscription subscription = businessSubscription.subscriptionOf(businessId, at).subscription();
        Optional<Plan> plan = catalog.find(subscription.planCode()).filter(Plan::overageAllowed);
        if (plan.isEmpty()) {
            return OverageReport.none(Outcome.NO_OVERAGE_ON_PLAN);
        }
        Optional<String> customer = subscriptions.findByBusiness(businessId).flatMap(StoredSubscription::customerId);
        if (customer.isEmpty()) {
            return OverageReport.none(Outcome.NO_BILLING_ACCOUNT);
        }
        long overage = overage(businessId, recorded.get(), subscription.currentPeriod(), plan.get().includedMinutes());
        if (overage == 0) {
            return OverageReport.none(Outcome.WITHIN_PLAN);
        }
        reporter.reportOverage(customer.get(), callId, overage, at);
        return new OverageReport(Outcome.REPORTED, overage);
    }

    /** The call's minutes that lie beyond {@code included}, counting the period's earlier minutes first. */
    private long overage(BusinessId businessId, RecordedUsage call, UsagePeriod period, long included) {
        Instant at = call.recordedAt();
        long before = period.start().isBefore(at) ? usage.minutesUsed(businessId, UsagePeriod.of(period.start(), at)) : 0;
        long through = before + call.billableMinutes();
        return Math.max(0, through - Math.max(before, included));
    }
}
