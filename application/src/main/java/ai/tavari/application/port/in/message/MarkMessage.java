package ai.tavari.application.port.in.message;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.MessageId;

/** The owner marks a message read or unread. Idempotent: a read message keeps the time it was first read. */
public interface MarkMessage {
    /**
     * @return the message as it is now
     * @throws ai.tavari.application.port.in.NotFoundException unless the message is one of the business's messages
     */
    Message markRead(BusinessId businessId, MessageId messageId, boolean read);
}
