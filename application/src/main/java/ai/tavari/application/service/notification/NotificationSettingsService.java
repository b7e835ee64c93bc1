package ai.tavari.application.service.notification;

import ai.tavari.application.port.in.notification.ChangeNotificationSettings;
import ai.tavari.application.port.in.notification.GetNotificationSettings;
import ai.tavari.application.port.in.notification.ListNotifications;
import ai.tavari.application.port.in.notification.NotificationChoicesCommand;
import ai.tavari.application.port.in.notification.NotificationRecord;
import ai.tavari.application.port.in.notification.NotificationRecord.DeliveryState;
import ai.tavari.application.port.in.notification.NotificationSettings;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;
import ai.tavari.application.port.out.notification.StoredNotification;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationPreferences;
import ai.tavari.domain.user.EmailAddress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The owner's notification channels per kind, and the list of notifications with how delivery went. */
@Singleton
@Transactional
public class NotificationSettingsService implements GetNotificationSettings, ChangeNotificationSettings,
        ListNotifications {
    private final NotificationPreferencesRepository preferences;
    private final NotificationOutbox outbox;
    private final OwnerNotifications notifications;
    private final NotificationDelivery delivery;

    @Inject
    public NotificationSettingsService(NotificationPreferencesRepository preferences, NotificationOutbox outbox,
                                       OwnerNotifications notifications, NotificationDelivery delivery) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.notifications = notifications;
        this.delivery = delivery;
    }

    @Override
    public NotificationSettings settings(BusinessId businessId) {
        Optional<MessageSettings> settings = notifications.messageSettings(businessId);
        Set<Channel> configured = delivery.configuredChannels();
        return new NotificationSettings(preferences.find(businessId),
                notifications.emailRecipient(businessId, settings).map(EmailAddress::value),
                settings.flatMap(MessageSettings::smsNumber).map(number -> number.e164()),
                configured.contains(Channel.EMAIL), configured.contains(Channel.SMS));
    }

    @Override
    public NotificationSettings change(BusinessId businessId, NotificationChoicesCommand command) {
        NotificationPreferences changed = preferences.find(businessId);
        for (var choice : command.choices().entrySet()) {
            changed = changed.with(choice.getKey(), choice.getValue());
        }
        preferences.save(businessId, changed);
        return settings(businessId);
    }

    @Override
    public List<NotificationRecord> recent(BusinessId businessId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        Set<Channel> configured = delivery.configuredChannels();
        return outbox.recent(businessId, limit).stream().map(stored -> record(stored, configured)).toList();
    }

    private static NotificationRecord record(StoredNotification stored, Set<Channel> configured) {
        DeliveryState state = switch (stored.status()) {
            case SENT -> DeliveryState.SENT;
            case FAILED -> DeliveryState.FAILED;
            case PENDING -> configured.contains(stored.channel()) ? DeliveryState.PENDING : DeliveryState.NOT_CONFIGURED;
        };
        Optional<String> error = state == DeliveryState.NOT_CONFIGURED && stored.lastError().isEmpty()
                ? Optional.of(notConfigured(stored.channel())) : stored.lastError();
        return new NotificationRecord(stored.id(), stored.kind(), stored.channel(), stored.recipient(),
                stored.subject(), state, stored.attempts(), error, stored.createdAt(), stored.sentAt());
    }

    private static String notConfigured(Channel channel) {
        return channel == Channel.EMAIL ? "e-mail delivery is not configured on this server"
                : "SMS delivery is not configured on this server";
    }
}
