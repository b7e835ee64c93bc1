package ai.tavari.domain.hours;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.Duration;
import java.time.LocalTime;

/**
 * One opening span that starts on a given day of the week, in the business's local time.
 *
 * <p>{@code closes} at or before {@code opens} means the span runs overnight and closes on the
 * next day; {@code 00:00} to {@code 00:00} is open all day. Other equal times are rejected as a
 * probable typing mistake. Times are whole minutes.
 *
 * <p>Validation errors name the fields {@code opens} and {@code closes}; callers that know the
 * interval's position prefix them (see {@link DomainValidationException#withFieldPrefix}).
 */
public record OpeningInterval(LocalTime opens, LocalTime closes) implements Comparable<OpeningInterval> {
    static final int MINUTES_PER_DAY = 24 * 60;

    public OpeningInterval {
        requireWholeMinutes("opens", opens);
        requireWholeMinutes("closes", closes);
        if (opens.equals(closes) && !opens.equals(LocalTime.MIDNIGHT)) {
            throw new DomainValidationException("closes",
                    "must differ from the opening time (use 00:00 to 00:00 for open all day)");
        }
    }

    public static OpeningInterval of(LocalTime opens, LocalTime closes) {
        return new OpeningInterval(opens, closes);
    }

    public static OpeningInterval of(String opens, String closes) {
        return new OpeningInterval(parse("opens", opens), parse("closes", closes));
    }

    public static OpeningInterval allDay() {
        return new OpeningInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** True when the span ends on the next day (this includes the all-day interval). */
    public boolean isOvernight() {
        return !closes.isAfter(opens);
    }

    public boolean isAllDay() {
        return opens.equals(LocalTime.MIDNIGHT) && closes.equals(LocalTime.MIDNIGHT);
    }

    /** Nominal length, ignoring daylight-saving changes. */
    public Duration nominalLength() {
        return Duration.ofMinutes(lengthInMinutes());
    }

    int opensMinuteOfDay() {
        return opens.getHour() * 60 + opens.getMinute();
    }

    int lengthInMinutes() {
        int closesMinute = closes.getHour() * 60 + closes.getMinute();
        int length = closesMinute - opensMinuteOfDay();
        return length > 0 ? length : length + MINUTES_PER_DAY;
    }

    @Override
    public int compareTo(OpeningInterval other) {
        int byOpening = opens.compareTo(other.opens);
        return byOpening != 0 ? byOpening : Integer.compare(lengthInMinutes(), other.lengthInMinutes());
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }

    private static void requireWholeMinutes(String field, LocalTime time) {
        if (time == null) {
            throw new DomainValidationException(field, "is required");
        }
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new DomainValidationException(field, "must be a whole minute such as 09:30");
        }
    }

    private static LocalTime parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainValidationException(field, "is required");
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainValidationException(field, "must be a time of day such as 09:30");
        }
    }
}
