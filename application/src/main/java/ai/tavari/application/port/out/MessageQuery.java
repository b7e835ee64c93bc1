package ai.tavari.application.port.out;

import ai.tavari.domain.message.Urgency;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a business's messages to list, newest first: only unread ones if {@code unreadOnly},
 * taken in [{@code from}, {@code to}), of one {@code urgency}. {@code cursor} is a previous page's
 * next cursor; {@code limit} is capped at {@value #MAX_LIMIT}.
 *
 * @throws ai.tavari.application.validation.InvalidCommandException if the range is empty, the
 *         limit is not positive or the cursor is not one this service issued
 */
public record MessageQuery(
        boolean unreadOnly,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<Urgency> urgency,
        Optional<String> cursor,
        int limit) {

    public static final int MAX_LIMIT = QueryCursors.MAX_LIMIT;
    public static final int DEFAULT_LIMIT = 25;

    public MessageQuery {
        from = Objects.requireNonNullElse(from, Optional.empty());
        to = Objects.requireNonNullElse(to, Optional.empty());
        urgency = Objects.requireNonNullElse(urgency, Optional.empty());
        cursor = Objects.requireNonNullElse(cursor, Optional.<String>empty()).filter(c -> !c.isBlank());
        limit = QueryCursors.checkWindow(from, to, cursor, limit);
    }

    /** The newest {@value #DEFAULT_LIMIT} messages, read or not. */
    public static MessageQuery newest() {
        return new MessageQuery(false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    public MessageQuery unread() {
        return new MessageQuery(true, from, to, urgency, cursor, limit);
    }

    public MessageQuery withRange(Instant newFrom, Instant newTo) {
        return new MessageQuery(unreadOnly, Optional.ofNullable(newFrom), Optional.ofNullable(newTo), urgency, cursor, limit);
    }

    public MessageQuery withUrgency(Urgency newUrgency) {
        return new MessageQuery(unreadOnly, from, to, Optional.of(newUrgency), cursor, limit);
    }

    public MessageQuery withLimit(int newLimit) {
        return new MessageQuery(unreadOnly, from, to, urgency, cursor, newLimit);
    }

    /** The same filters, continuing after {@code nextCursor} of the previous page. */
    public MessageQuery after(String nextCursor) {
        return new MessageQuery(unreadOnly, from, to, urgency, Optional.of(nextCursor), limit);
    }

    /** The decoded cursor: list only messages after it. */
    public Optional<PageCursor> position() {
        return cursor.map(PageCursor::decode);
    }
}
