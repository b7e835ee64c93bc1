package ai.tavari.application.fakes;

import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.Page;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.MessageId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryMessageRepository implements MessageRepository {
    private final InMemoryCallSessionRepository calls;
    private final Map<MessageId, Message> rows = new LinkedHashMap<>();

    /** {@code calls} stands in for the database's rule that a message's call is one of its business's calls. */
    public InMemoryMessageRepository(InMemoryCallSessionRepository calls) {
        this.calls = calls;
    }

    @Override
    public synchronized void add(Message message) {
        requireOwnCall(message);
        if (rows.putIfAbsent(message.id(), message) != null) {
            throw new IllegalStateException("message " + message.id() + " exists");
        }
    }

    @Override
    public synchronized void update(Message message) {
        Message stored = rows.get(message.id());
        if (stored == null || !stored.businessId().equals(message.businessId())) {
            throw new IllegalStateException("no message " + message.id() + " of business " + message.businessId());
        }
        requireOwnCall(message);
        rows.put(message.id(), message);
    }

    @Override
    public synchronized Optional<Message> findById(BusinessId businessId, MessageId id) {
        return Optional.ofNullable(rows.get(id)).filter(message -> message.businessId().equals(businessId));
    }

    @Override
    public synchronized Page<Message> list(BusinessId businessId, MessageQuery query) {
        var matching = rows.values().stream()
                .filter(message -> message.businessId().equals(businessId))
                .filter(message -> !query.unreadOnly() || !message.isRead())
                .filter(message -> query.from().map(from -> !message.createdAt().isBefore(from)).orElse(true))
                .filter(message -> query.to().map(to -> message.createdAt().isBefore(to)).orElse(true))
                .filter(message -> query.urgency().map(urgency -> message.urgency() == urgency).orElse(true))
                .toList();
        return NewestFirstPages.page(matching, Message::createdAt, message -> message.id().value(), query.position(),
                query.limit());
    }

    @Override
    public synchronized long countUnread(BusinessId businessId) {
        return rows.values().stream().filter(m -> m.businessId().equals(businessId) && !m.isRead()).count();
    }

    private void requireOwnCall(Message message) {
        message.callId().ifPresent(callId -> {
            if (!calls.isCallOf(message.businessId(), callId)) {
                throw new IllegalArgumentException("call " + callId + " is not a call of business " + message.businessId());
            }
        });
    }
}
