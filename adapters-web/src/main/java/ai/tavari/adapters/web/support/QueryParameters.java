package ai.tavari.adapters.web.support;

import ai.tavari.application.port.in.TimeBound;
import ai.tavari.application.port.out.PageCursor;
import ai.tavari.application.validation.Validation;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of a list or export, collecting every bad one as a field error named
 * after the parameter; {@link #throwIfInvalid()} then reports them all in one answer. Absent and
 * blank parameters are unset.
 */
public final class QueryParameters {
    private final Validation validation = new Validation();

    /**
     * A page size: {@code defaultLimit} when absent, at most {@code max} (a larger number is capped,
     * not refused), and an error when it is not a whole number of at least 1.
     */
    public int limit(String value, int defaultLimit, int max) {
        if (isUnset(value)) {
            return defaultLimit;
        }
        try {
            long limit = Long.parseLong(value.strip());
            validation.require(limit >= 1, "limit", "must be at least 1");
            return (int) Math.max(1, Math.min(limit, max));
        } catch (NumberFormatException notANumber) {
            validation.require(false, "limit", "must be a whole number from 1 to " + max
                    + " (larger numbers are capped at " + max + ")");
            return defaultLimit;
        }
    }

    /** A whole number in [{@code min}, {@code max}], {@code defaultValue} when absent. */
    public int wholeNumber(String name, String value, int defaultValue, int min, int max) {
        if (isUnset(value)) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            validation.require(number >= min && number <= max, name, "must be between " + min + " and " + max);
            return number;
        } catch (NumberFormatException notANumber) {
            validation.require(false, name, "must be a whole number between " + min + " and " + max);
            return defaultValue;
        }
    }

    /** A cursor this service issued (the {@code nextCursor} of a previous page). */
    public Optional<String> cursor(String value) {
        if (isUnset(value)) {
            return Optional.empty();
        }
        try {
            PageCursor.decode(value.strip());
            return Optional.of(value.strip());
        } catch (IllegalArgumentException notACursor) {
            validation.require(false, "cursor", "is not a valid page cursor; pass the nextCursor of the previous page");
            return Optional.empty();
        }
    }

    /**
     * An instant ({@code 2026-11-01T09:00:00Z}, or with an offset such as {@code +01:00}) or a date
     * ({@code 2026-11-01}, a whole day in the business's time zone). A {@code +} that arrived as a
     * space, because it was not percent-encoded, is read as the {@code +} it was.
     */
    public Optional<TimeBound> time(String name, String value) {
        if (isUnset(value)) {
            return Optional.empty();
        }
        String text = value.strip().replace(' ', '+');
        try {
            if (text.length() == 10) {
                return Optional.of(TimeBound.on(LocalDate.parse(text)));
            }
            if (text.endsWith("Z") || text.endsWith("z")) {
                return Optional.of(TimeBound.at(Instant.parse(text.toUpperCase(Locale.ROOT))));
            }
            return Optional.of(TimeBound.at(OffsetDateTime.parse(text).toInstant()));
        } catch (DateTimeException notATime) {
            validation.require(false, name,
                    "must be an ISO-8601 instant such as 2026-11-01T09:00:00Z or a date such as 2026-11-01");
            return Optional.empty();
        }
    }

    /** One of the enum's constants, in any letter case, with {@code -} for {@code _}. */
    public <E extends Enum<E>> Optional<E> choice(String name, String value, Class<E> type) {
        if (isUnset(value)) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        validation.require(false, name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return Optional.empty();
    }

    /** {@code true} or {@code false}, in any letter case. */
    public Optional<Boolean> flag(String name, String value) {
        if (isUnset(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        validation.require(false, name, "must be true or false");
        return Optional.empty();
    }

    /** @throws ai.tavari.application.validation.InvalidCommandException with every bad parameter */
    public void throwIfInvalid() {
        validation.throwIfInvalid();
    }

    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
