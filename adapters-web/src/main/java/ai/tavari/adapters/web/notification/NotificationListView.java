package ai.tavari.adapters.web.notification;

import java.util.List;

public record NotificationListView(List<NotificationView> items) {
}
