package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.MessageId;
import java.util.Optional;

/** Messages callers left. Every method is scoped by the business the messages belong to. */
public interface MessageRepository {
    /**
     * Stores a new message and writes it at once, inside the caller's transaction: when this
     * returns the message is durable as soon as that transaction commits, and a rule it breaks has
     * already been reported here.
     *
     * @throws IllegalArgumentException if the message names a call that is not one of its business's calls
     */
    void add(Message message);

    /**
     * Saves a stored message's read state (and any other changed field). Last write wins.
     *
     * @throws IllegalStateException if the business has no such message
     */
    void update(Message message);

    Optional<Message> findById(BusinessId businessId, MessageId id);

    /** A page of the business's messages, newest first by creation time (then id), and the total matching. */
    Page<Message> list(BusinessId businessId, MessageQuery query);

    long countUnread(BusinessId businessId);
}
