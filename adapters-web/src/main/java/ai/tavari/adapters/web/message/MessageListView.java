package ai.tavari.adapters.web.message;

import ai.tavari.application.port.in.message.MessageList;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A page of messages; {@code nextCursor} is left out on the last page; {@code unreadCount} counts all unread messages. */
@JsonbPropertyOrder({"items", "nextCursor", "total", "unreadCount"})
public record MessageListView(List<MessageView> items, String nextCursor, long total, long unreadCount) {
    static MessageListView of(MessageList list) {
        return new MessageListView(list.page().items().stream().map(MessageView::of).toList(),
                list.page().nextCursor().orElse(null), list.page().total(), list.unreadCount());
    }
}
