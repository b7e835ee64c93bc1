package ai.tavari.application.fakes;

import ai.tavari.application.port.in.usage.GetUsageStatus;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.service.notification.MessageAlerts;
import ai.tavari.application.service.notification.NotificationConfig;
import ai.tavari.application.service.notification.OwnerNotifications;
import ai.tavari.application.service.notification.PaymentAlerts;
import ai.tavari.application.service.notification.UsageAlerts;
import java.net.URI;
import java.time.Clock;

/** The notification side of the services under test, writing to an in-memory outbox. */
public final class NotificationFixture {
    public static final URI PUBLIC_URL = URI.create("https://tavari.example/");

    public final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
    public final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final NotificationConfig config = NotificationConfig.defaults(PUBLIC_URL);

    public OwnerNotifications ownerNotifications(AgentSetupRepository setups, Clock clock) {
        return new OwnerNotifications(outbox, preferences, setups, users, clock);
    }

    public MessageAlerts messageAlerts(AgentSetupRepository setups, Clock clock) {
        return new MessageAlerts(ownerNotifications(setups, clock), config);
    }

    public PaymentAlerts paymentAlerts(BusinessRepository businesses, AgentSetupRepository setups, Clock clock) {
        return new PaymentAlerts(ownerNotifications(setups, clock), businesses, config);
    }

    public UsageAlerts usageAlerts(GetUsageStatus usage, BusinessRepository businesses, AgentSetupRepository setups,
                                   Clock clock) {
        return new UsageAlerts(usage, businesses, ownerNotifications(setups, clock), config);
    }
}
