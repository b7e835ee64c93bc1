package ai.tavari.application.validation;

import java.util.Objects;

/** One thing wrong with one input field, in words an owner can act on. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
