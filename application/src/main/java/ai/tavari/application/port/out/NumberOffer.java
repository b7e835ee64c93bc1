package ai.tavari.application.port.out;

import ai.tavari.domain.shared.PhoneNumber;
import java.util.Objects;

/**
 * A number for sale that nothing has bought yet. {@code reference} is the provider's own way to
 * buy exactly this number (its country, category, region and spelling of the number); only the
 * provider adapter reads it.
 */
public record NumberOffer(PhoneNumber number, String reference) {
    public NumberOffer {
        Objects.requireNonNull(number, "number");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an offer needs the provider's reference");
        }
    }
}
