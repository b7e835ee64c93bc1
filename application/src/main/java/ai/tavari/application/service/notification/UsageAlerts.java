package ai.tavari.application.service.notification;

import ai.tavari.application.port.in.usage.GetUsageStatus;
import ai.tavari.application.port.in.usage.UsageStatus;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.UsageAlertLevel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Warns the owner at 80 %, 95 % and 100 % of the plan's minutes, each once per usage period (the
 * period's start is part of the notice's key). Call it after minutes are metered, in the same
 * transaction.
 */
@Singleton
@Transactional
public class UsageAlerts {
    private final GetUsageStatus usage;
    private final BusinessRepository businesses;
    private final OwnerNotifications notifications;
    private final NotificationConfig config;

    @Inject
    public UsageAlerts(GetUsageStatus usage, BusinessRepository businesses, OwnerNotifications notifications,
                       NotificationConfig config) {
        this.usage = usage;
        this.businesses = businesses;
        this.notifications = notifications;
        this.config = config;
    }

    public void minutesMetered(BusinessId businessId) {
        Optional<Business> business = businesses.findById(businessId);
        if (business.isEmpty()) {
            return;
        }
        UsageStatus status = usage.status(businessId);
        UsageAlertLevel.reached(status.minutesUsed(), status.includedMinutes()).ifPresent(level ->
                notifications.tell(businessId, NotificationTexts.usageAlert(business.get(), status.plan(),
                        status.period(), status.minutesUsed(), level, config.billingLink())));
    }
}
