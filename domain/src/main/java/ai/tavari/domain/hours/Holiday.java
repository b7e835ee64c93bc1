package ai.tavari.domain.hours;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A local date on which the business is closed, optionally with a label the agent can say
 * ("Christmas Day"). See {@link HoursSchedule} for how a holiday affects overnight spans.
 */
public record Holiday(LocalDate date, Optional<String> label) implements Comparable<Holiday> {
    public static final int MAX_LABEL_LENGTH = 80;

    public Holiday {
        if (date == null) {
            throw new DomainValidationException("date", "is required");
        }
        label = Objects.requireNonNullElse(label, Optional.<String>empty()).map(String::strip).filter(s -> !s.isEmpty());
        if (label.isPresent() && label.get().length() > MAX_LABEL_LENGTH) {
            throw new DomainValidationException("label", "must be at most " + MAX_LABEL_LENGTH + " characters");
        }
    }

    public static Holiday on(LocalDate date) {
        return new Holiday(date, Optional.empty());
    }

    public static Holiday on(LocalDate date, String label) {
        return new Holiday(date, Optional.ofNullable(label));
    }

    @Override
    public int compareTo(Holiday other) {
        return date.compareTo(other.date);
    }
}
