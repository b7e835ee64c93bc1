package ai.tavari.application.port.out;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a newest-first page ended: the sort time and id of its last item. The next page holds the
 * items strictly after it in the order (time descending, then id descending), so items added or
 * removed meanwhile never shift a page. Ids are compared as PostgreSQL compares {@code uuid}s:
 * byte by byte, which is the order of their lower-case text form.
 *
 * <p>Clients see only the {@linkplain #encode() encoded} form, an opaque URL-safe token.
 */
public record PageCursor(Instant at, UUID id) {
    private static final String VERSION = "1";

    public PageCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        String plain = VERSION + ":" + at.getEpochSecond() + ":" + at.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws IllegalArgumentException if {@code token} is not a cursor this class encoded */
    public static PageCursor decode(String token) {
        if (token == null || token.isBlank() || token.length() > 120) {
            throw new IllegalArgumentException("not a page cursor");
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
            String[] parts = plain.split(":", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a page cursor");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
            return new PageCursor(at, UUID.fromString(parts[3]));
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("not a page cursor", malformed);
        }
    }

    /** Whether an item sorted by ({@code itemAt}, {@code itemId}) comes after this cursor, newest first. */
    public boolean isFollowedBy(Instant itemAt, UUID itemId) {
        int byTime = itemAt.compareTo(at);
        return byTime < 0 || (byTime == 0 && compareIds(itemId, id) < 0);
    }

    /** The database's order of ids (unsigned, byte by byte); {@link UUID#compareTo} is signed and differs. */
    public static int compareIds(UUID a, UUID b) {
        return a.toString().compareTo(b.toString());
    }
}
