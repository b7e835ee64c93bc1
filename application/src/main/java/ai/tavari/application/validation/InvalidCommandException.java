package ai.tavari.application.validation;

import java.util.List;

/** A command was built from input that breaks its rules; carries every field error at once. */
public class InvalidCommandException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidCommandException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid command needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidCommandException of(String field, String message) {
        return new InvalidCommandException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("invalid input:");
        for (FieldError error : errors) {
            text.append(' ').append(error.field()).append(' ').append(error.message()).append(';');
        }
        return text.toString();
    }
}
