package ai.tavari.adapters.web.message;

import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A message as the owner sees it. {@code callbackNumber} is what the caller gave;
 * {@code callbackNumberE164} the same number in E.164 form when it is a valid one.
 */
@JsonbPropertyOrder({"id", "createdAt", "callerName", "callbackNumber", "callbackNumberE164", "callerEmail", "reason",
        "urgency", "read", "readAt", "callId"})
public record MessageView(String id, Instant createdAt, String callerName, String callbackNumber,
                          String callbackNumberE164, String callerEmail, String reason, String urgency, boolean read,
                          Instant readAt, String callId) {
    public static MessageView of(Message message) {
        return new MessageView(message.id().toString(), message.createdAt(), message.callerName().orElse(null),
                message.callbackNumberAsGiven().or(() -> message.callbackNumber().map(PhoneNumber::e164)).orElse(null),
                message.callbackNumber().map(PhoneNumber::e164).orElse(null), message.callerEmail().orElse(null),
                message.reason(), message.urgency().name(), message.isRead(), message.readAt().orElse(null),
                message.callId().map(CallId::toString).orElse(null));
    }
}
