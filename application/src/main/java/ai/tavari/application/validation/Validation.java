package ai.tavari.application.validation;

import ai.tavari.domain.shared.DomainValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field errors while a command record checks itself, then throws them together, so the
 * owner sees everything that is wrong in one answer (the buckpal "self-validating command").
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "must not be blank");
    }

    public Validation maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    /** Runs a domain constructor and records its complaint as a field error instead of failing fast. */
    public <T> T attempt(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (DomainValidationException e) {
            errors.add(new FieldError(e.field(), e.getMessage()));
            return null;
        }
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }
}
