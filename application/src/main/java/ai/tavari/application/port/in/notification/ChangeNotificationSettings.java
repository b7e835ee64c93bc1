package ai.tavari.application.port.in.notification;

import ai.tavari.domain.business.BusinessId;

public interface ChangeNotificationSettings {
    /** Applies the choices named in the command and answers the settings as now stored. */
    NotificationSettings change(BusinessId businessId, NotificationChoicesCommand command);
}
