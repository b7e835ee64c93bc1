package ai.tavari.application.port.out;

import ai.tavari.application.validation.Validation;
import java.time.Instant;
import java.util.Optional;

/** The checks every newest-first list query makes: a non-empty range, a page size, a cursor we issued. */
final class QueryCursors {
    static final int MAX_LIMIT = 100;

    private QueryCursors() {
    }

    /** @return the page size, capped at {@value #MAX_LIMIT} */
    static int checkWindow(Optional<Instant> from, Optional<Instant> to, Optional<String> cursor, int limit) {
        Validation validation = new Validation();
        validation.require(from.isEmpty() || to.isEmpty() || from.get().isBefore(to.get()), "to", "must be after from");
        validation.require(limit > 0, "limit", "must be at least 1");
        validation.require(cursor.isEmpty() || isValid(cursor.get()), "cursor", "is not a valid page cursor");
        validation.throwIfInvalid();
        return Math.min(limit, MAX_LIMIT);
    }

    private static boolean isValid(String token) {
        try {
            PageCursor.decode(token);
            return true;
        } catch (IllegalArgumentException notACursor) {
            return false;
        }
    }
}
