package ai.tavari.application.port.out.notification;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.notification.NotificationPreferences;
import java.util.List;

/** The channels each business's owner chose per kind of notification. */
public interface NotificationPreferencesRepository {
    /** The stored choices, with defaults for what the owner never chose. */
    NotificationPreferences find(BusinessId businessId);

    void save(BusinessId businessId, NotificationPreferences preferences);

    /**
     * The businesses whose stored choice for {@code event} uses a channel. Only stored choices
     * count: it lists exactly who gets an event that is off by default (the daily digest).
     */
    List<BusinessId> optedIn(NotificationEvent event);
}
