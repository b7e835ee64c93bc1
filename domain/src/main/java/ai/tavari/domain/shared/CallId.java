package ai.tavari.domain.shared;

import java.util.Objects;
import java.util.UUID;

public record CallId(UUID value) {
    public CallId {
        Objects.requireNonNull(value, "call id");
    }

    public static CallId newId() {
        return new CallId(UUID.randomUUID());
    }

    public static CallId of(String value) {
        return new CallId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
