package ai.tavari.application.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a newest-first list: its items, the cursor of the next page when there are more
 * items, and how many items match the filters in all (on every page, not only the first).
 */
public record Page<T>(List<T> items, Optional<String> nextCursor, long total) {
    public Page {
        items = List.copyOf(items);
        nextCursor = Objects.requireNonNullElse(nextCursor, Optional.empty());
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + items.size() + " items on the page");
        }
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty(), 0);
    }

    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
