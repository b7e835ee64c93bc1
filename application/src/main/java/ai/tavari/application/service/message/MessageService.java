package ai.tavari.application.service.message;

import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.message.GetMessage;
import ai.tavari.application.port.in.message.ListMessages;
import ai.tavari.application.port.in.message.MarkMessage;
import ai.tavari.application.port.in.message.MessageFilter;
import ai.tavari.application.port.in.message.MessageList;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.MessageId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** The owner's messages: listing with the unread count, reading one, marking read or unread. */
@Singleton
@Transactional
public class MessageService implements ListMessages, GetMessage, MarkMessage {
    private final MessageRepository messages;
    private final BusinessRepository businesses;
    private final Clock clock;

    @Inject
    public MessageService(MessageRepository messages, BusinessRepository businesses, Clock clock) {
        this.messages = messages;
        this.businesses = businesses;
        this.clock = clock;
    }

    @Override
    public MessageList list(BusinessId businessId, MessageFilter filter, Optional<String> cursor, int limit) {
        ZoneId zone = filter.needsZone() ? zoneOf(businessId) : Business.DEFAULT_TIME_ZONE;
        MessageQuery query = new MessageQuery(filter.unreadOnly(), filter.from().map(from -> from.asStart(zone)),
                filter.to().map(to -> to.asEnd(zone)), filter.urgency(), cursor, limit);
        return new MessageList(messages.list(businessId, query), messages.countUnread(businessId));
    }

    @Override
    public Message get(BusinessId businessId, MessageId messageId) {
        return find(businessId, messageId);
    }

    @Override
    public Message markRead(BusinessId businessId, MessageId messageId, boolean read) {
        Message stored = find(businessId, messageId);
        Message changed = read ? stored.markRead(clock.instant()) : stored.markUnread();
        if (!changed.equals(stored)) {
            messages.update(changed);
        }
        return changed;
    }

    private Message find(BusinessId businessId, MessageId messageId) {
        return messages.findById(businessId, messageId).orElseThrow(() -> new NotFoundException("message"));
    }

    private ZoneId zoneOf(BusinessId businessId) {
        return businesses.findById(businessId).map(Business::timeZone)
                .orElseThrow(() -> new IllegalStateException("authenticated business no longer exists"));
    }
}
