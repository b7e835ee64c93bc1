package ai.tavari.application.fakes;

import ai.tavari.application.port.out.Page;
import ai.tavari.application.port.out.PageCursor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Keyset pages over an in-memory list, in the order the database adapters use. */
final class NewestFirstPages {
    private NewestFirstPages() {
    }

    static <T> Page<T> page(List<T> matching, Function<T, Instant> time, Function<T, UUID> id,
            Optional<PageCursor> after, int limit) {
        Comparator<T> newestFirst = Comparator.comparing(time, Comparator.reverseOrder())
                .thenComparing(id, (a, b) -> PageCursor.compareIds(b, a));
        List<T> remaining = matching.stream()
                .sorted(newestFirst)
                .filter(item -> after.map(cursor -> cursor.isFollowedBy(time.apply(item), id.apply(item))).orElse(true))
                .toList();
        List<T> items = remaining.stream().limit(limit).toList();
        Optional<String> next = remaining.size() > limit
                ? Optional.of(new PageCursor(time.apply(items.get(items.size() - 1)), id.apply(items.get(items.size() - 1))).encode())
                : Optional.empty();
        return new Page<>(items, next, matching.size());
    }
}
