package ai.tavari.application.port.in.message;

import ai.tavari.domain.business.BusinessId;
import java.util.Optional;

/** The owner's messages, newest first, one page at a time. */
public interface ListMessages {
    /**
     * A page of the business's messages matching {@code filter}: {@code limit} at most (capped at
     * {@link ai.tavari.application.port.out.MessageQuery#MAX_LIMIT}) after {@code cursor}, the next
     * cursor of the previous page.
     *
     * @throws ai.tavari.application.validation.InvalidCommandException naming {@code to},
     *         {@code limit} or {@code cursor} when the range is empty, the limit is not positive or
     *         the cursor is not one this service issued
     */
    MessageList list(BusinessId businessId, MessageFilter filter, Optional<String> cursor, int limit);
}
