package ai.tavari.adapters.telephony.webhook;

import ai.tavari.application.validation.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed members of a JSON object and collects a field error for each member of the wrong
 * type, so one answer names every problem. An absent member and {@code null} read the same.
 */
final class JsonFields {
    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    JsonFields(JsonObject json) {
        this.json = json;
    }

    /** A string member, or null (the command's own validation says whether it may be missing). */
    String text(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(name, "must be a string"));
        return null;
    }

    Optional<Long> wholeNumber(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return Optional.of(number.longValueExact());
            } catch (ArithmeticException e) {
                // falls through to the error below
            }
        }
        errors.add(new FieldError(name, "must be a whole number"));
        return Optional.empty();
    }

    Optional<Integer> wholeNumberAsInt(String name) {
        Optional<Long> number = wholeNumber(name);
        if (number.isPresent() && (number.get() > Integer.MAX_VALUE || number.get() < Integer.MIN_VALUE)) {
            errors.add(new FieldError(name, "is out of range"));
            return Optional.empty();
        }
        return number.map(Long::intValue);
    }

    int requiredInt(String name) {
        if (present(name) == null) {
            errors.add(new FieldError(name, "is required"));
            return 0;
        }
        return wholeNumberAsInt(name).orElse(0);
    }

    boolean requiredBoolean(String name) {
        JsonValue value = present(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        errors.add(new FieldError(name, value == null ? "is required" : "must be true or false"));
        return false;
    }

    /** Epoch milliseconds; {@link Instant#EPOCH} stands in after an error so the rest still gets checked. */
    Instant requiredEpochMillis(String name) {
        if (present(name) == null) {
            errors.add(new FieldError(name, "is required (epoch milliseconds)"));
            return Instant.EPOCH;
        }
        Optional<Long> millis = wholeNumber(name);
        try {
            return millis.map(Instant::ofEpochMilli).orElse(Instant.EPOCH);
        } catch (DateTimeException e) {
            errors.add(new FieldError(name, "is out of range"));
            return Instant.EPOCH;
        }
    }

    void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    List<FieldError> errors() {
        return errors;
    }

    private JsonValue present(String name) {
        JsonValue value = json.get(name);
        return value == null || value == JsonValue.NULL ? null : value;
    }
}
