package ai.tavari.application.service.notification;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Tells the owner that a payment failed; call it in the transaction that applies the provider's event. */
@Singleton
@Transactional
public class PaymentAlerts {
    private final OwnerNotifications notifications;
    private final BusinessRepository businesses;
    private final NotificationConfig config;

    @Inject
    public PaymentAlerts(OwnerNotifications notifications, BusinessRepository businesses, NotificationConfig config) {
        this.notifications = notifications;
        this.businesses = businesses;
        this.config = config;
    }

    /** Once per provider event: a payment that fails again later is told again. */
    public void paymentFailed(BusinessId businessId, String eventId) {
        businesses.findById(businessId).ifPresent(business -> notifications.tell(businessId,
                NotificationTexts.paymentFailed(business, eventId, config.billingLink())));
    }
}
