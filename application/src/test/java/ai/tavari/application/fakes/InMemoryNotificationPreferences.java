package ai.tavari.application.fakes;

import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.notification.NotificationPreferences;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryNotificationPreferences implements NotificationPreferencesRepository {
    private final Map<BusinessId, NotificationPreferences> rows = new ConcurrentHashMap<>();

    @Override
    public NotificationPreferences find(BusinessId businessId) {
        return rows.getOrDefault(businessId, NotificationPreferences.defaults());
    }

    @Override
    public void save(BusinessId businessId, NotificationPreferences preferences) {
        rows.put(businessId, preferences);
    }

    @Override
    public List<BusinessId> optedIn(NotificationEvent event) {
        return rows.entrySet().stream().filter(row -> {
            ChannelChoice choice = row.getValue().choiceFor(event);
            return choice.email() || choice.sms();
        }).map(Map.Entry::getKey).toList();
    }
}
