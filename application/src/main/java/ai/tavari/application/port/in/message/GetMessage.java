package ai.tavari.application.port.in.message;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.MessageId;

public interface GetMessage {
    /** @throws ai.tavari.application.port.in.NotFoundException unless the message is one of the business's messages */
    Message get(BusinessId businessId, MessageId messageId);
}
