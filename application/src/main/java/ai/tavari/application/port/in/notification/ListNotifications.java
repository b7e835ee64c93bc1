package ai.tavari.application.port.in.notification;

import ai.tavari.domain.business.BusinessId;
import java.util.List;

public interface ListNotifications {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 200;

    /** The business's newest notifications first, with how their delivery went. */
    List<NotificationRecord> recent(BusinessId businessId, int limit);
}
