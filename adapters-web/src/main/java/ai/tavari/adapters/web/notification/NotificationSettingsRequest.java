package ai.tavari.adapters.web.notification;

import java.util.List;

/** {@code {"events":[{"event":"NEW_MESSAGE","email":true,"sms":false}, …]}}: the kinds named change, the others keep theirs. */
public record NotificationSettingsRequest(List<EventChoiceRequest> events) {
    public record EventChoiceRequest(String event, Boolean email, Boolean sms) {
    }
}
