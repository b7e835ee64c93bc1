package ai.tavari.application.contract;

import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryNotificationPreferences;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;

class InMemoryNotificationPreferencesContractTest extends NotificationPreferencesContract {
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences();
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();

    @Override
    protected NotificationPreferencesRepository preferences() {
        return preferences;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }
}
