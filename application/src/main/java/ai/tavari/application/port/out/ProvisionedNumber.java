package ai.tavari.application.port.out;

import ai.tavari.domain.shared.PhoneNumber;
import java.util.Objects;

/** A number this account owns at the provider; {@code providerId} is the provider's id of it. */
public record ProvisionedNumber(PhoneNumber number, String providerId) {
    public ProvisionedNumber {
        Objects.requireNonNull(number, "number");
        if (providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("a provisioned number needs the provider's id");
        }
    }
}
