package ai.tavari.adapters.web.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 1. {@code phone} as the owner types it; read in {@code country} (ISO 3166 code, optional)
 * or else in the country of {@code timeZone} (an IANA name).
 */
public record BusinessInfoRequest(
        @NotBlank @Size(max = 120, message = ConstraintMessages.MAX_LENGTH) String name,
        @NotBlank @Size(max = 40, message = ConstraintMessages.MAX_LENGTH) String phone,
        @Pattern(regexp = "[A-Za-z]{2}", message = PhoneNumbers.COUNTRY_MESSAGE) String country,
        @NotBlank @Size(max = 64, message = ConstraintMessages.MAX_LENGTH) String timeZone,
        @Size(max = 80, message = ConstraintMessages.MAX_LENGTH) String industry,
        @Size(max = 300, message = ConstraintMessages.MAX_LENGTH) String address) {
}
