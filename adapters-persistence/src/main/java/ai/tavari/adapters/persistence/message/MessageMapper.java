package ai.tavari.adapters.persistence.message;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.Optional;

final class MessageMapper {
    private MessageMapper() {
    }

    static Message toDomain(MessageEntity row) {
        return new Message(new MessageId(row.id), new BusinessId(row.businessId),
                Optional.ofNullable(row.callId).map(CallId::new),
                Optional.ofNullable(row.callerName),
                Optional.ofNullable(row.callbackNumber).map(PhoneNumber::of),
                Optional.ofNullable(row.callbackNumberAsGiven),
                Optional.ofNullable(row.callerEmail),
                row.reason,
                Urgency.valueOf(row.urgency),
                Timestamps.fromColumn(row.createdAt),
                Optional.ofNullable(Timestamps.fromColumn(row.readAt)));
    }

    static void copyInto(Message message, MessageEntity row) {
        row.id = message.id().value();
        row.businessId = message.businessId().value();
        row.callId = message.callId().map(CallId::value).orElse(null);
        row.callerName = message.callerName().orElse(null);
        row.callbackNumber = message.callbackNumber().map(PhoneNumber::e164).orElse(null);
        row.callbackNumberAsGiven = message.callbackNumberAsGiven().orElse(null);
        row.callerEmail = message.callerEmail().orElse(null);
        row.reason = message.reason();
        row.urgency = message.urgency().name();
        row.createdAt = Timestamps.toColumnMicros(message.createdAt());
        row.readAt = Timestamps.toColumnMicros(message.readAt().orElse(null));
    }
}
