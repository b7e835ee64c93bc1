package ai.tavari.application.port.in.notification;

import ai.tavari.domain.business.BusinessId;

public interface GetNotificationSettings {
    NotificationSettings settings(BusinessId businessId);
}
