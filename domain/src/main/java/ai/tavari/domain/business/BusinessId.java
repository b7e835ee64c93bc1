package ai.tavari.domain.business;

import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant. Every piece of owner data is scoped by one. */
public record BusinessId(UUID value) {
    public BusinessId {
        Objects.requireNonNull(value, "business id");
    }

    public static BusinessId newId() {
        return new BusinessId(UUID.randomUUID());
    }

    public static BusinessId of(String value) {
        return new BusinessId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
