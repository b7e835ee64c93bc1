package ai.tavari.application.port.out;

import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a business's calls to list, newest first. Every filter is optional: calls that started
 * in [{@code from}, {@code to}), ended with {@code outcome}, were about {@code intent}, and have
 * (or have no) linked message. {@code cursor} is a previous page's next cursor; {@code limit} is
 * capped at {@value #MAX_LIMIT}.
 *
 * @throws ai.tavari.application.validation.InvalidCommandException if the range is empty, the
 *         limit is not positive or the cursor is not one this service issued
 */
public record CallQuery(
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<Outcome> outcome,
        Optional<Intent> intent,
        Optional<Boolean> hasMessage,
        Optional<String> cursor,
        int limit) {

    public static final int MAX_LIMIT = QueryCursors.MAX_LIMIT;
    public static final int DEFAULT_LIMIT = 25;

    public CallQuery {
        from = Objects.requireNonNullElse(from, Optional.empty());
        to = Objects.requireNonNullElse(to, Optional.empty());
        outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        intent = Objects.requireNonNullElse(intent, Optional.empty());
        hasMessage = Objects.requireNonNullElse(hasMessage, Optional.empty());
        cursor = Objects.requireNonNullElse(cursor, Optional.<String>empty()).filter(c -> !c.isBlank());
        limit = QueryCursors.checkWindow(from, to, cursor, limit);
    }

    /** The newest {@value #DEFAULT_LIMIT} calls, unfiltered. */
    public static CallQuery newest() {
        return new CallQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), DEFAULT_LIMIT);
    }

    public CallQuery withRange(Instant newFrom, Instant newTo) {
        return new CallQuery(Optional.ofNullable(newFrom), Optional.ofNullable(newTo), outcome, intent, hasMessage, cursor,
                limit);
    }

    public CallQuery withOutcome(Outcome newOutcome) {
        return new CallQuery(from, to, Optional.of(newOutcome), intent, hasMessage, cursor, limit);
    }

    public CallQuery withIntent(Intent newIntent) {
        return new CallQuery(from, to, outcome, Optional.of(newIntent), hasMessage, cursor, limit);
    }

    public CallQuery withHasMessage(boolean newHasMessage) {
        return new CallQuery(from, to, outcome, intent, Optional.of(newHasMessage), cursor, limit);
    }

    public CallQuery withLimit(int newLimit) {
        return new CallQuery(from, to, outcome, intent, hasMessage, cursor, newLimit);
    }

    /** The same filters, continuing after {@code nextCursor} of the previous page. */
    public CallQuery after(String nextCursor) {
        return new CallQuery(from, to, outcome, intent, hasMessage, Optional.of(nextCursor), limit);
    }

    /** The decoded cursor: list only calls after it. */
    public Optional<PageCursor> position() {
        return cursor.map(PageCursor::decode);
    }
}
