package ai.tavari.application.port.in.message;

import ai.tavari.application.port.out.Page;
import ai.tavari.domain.message.Message;
import java.util.Objects;

/** A page of messages, and how many of the business's messages are unread in all (whatever the filter). */
public record MessageList(Page<Message> page, long unreadCount) {
    public MessageList {
        Objects.requireNonNull(page, "page");
        if (unreadCount < 0) {
            throw new IllegalArgumentException("unreadCount must not be negative");
        }
    }
}
