package ai.tavari.adapters.web.setup;

import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.shared.DomainValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Field errors found while one request body becomes a command: what the adapter itself reads
 * (phone numbers) and what the commands report, each under its JSON path in the body. One error
 * per field, the first found: a phone number that could not be read is not also "required".
 */
final class CommandInput {
    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    void reject(String field, String message) {
        errors.putIfAbsent(field, new FieldError(field, message));
    }

    /** Builds a command whose fields sit under {@code prefix} in the body; {@code null} if it is invalid. */
    <T> T build(String prefix, Supplier<T> command) {
        try {
            return command.get();
        } catch (InvalidCommandException e) {
            e.errors().forEach(error -> reject(prefix + error.field(), error.message()));
        } catch (DomainValidationException e) {
            reject(prefix + e.field(), e.getMessage());
        }
        return null;
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(List.copyOf(errors.values()));
        }
    }
}
