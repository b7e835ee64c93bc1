package ai.tavari.adapters.web.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Step 5. {@code fieldsToCollect}: CALLER_NAME, CALLBACK_NUMBER, REASON, URGENCY, EMAIL;
 * {@code transferWhen}: NEVER (default), ALWAYS or DURING_OPEN_HOURS. Phone numbers as the owner
 * types them, read in {@code country} (optional) or else the business's country.
 */
public record MessageSettingsRequest(
        @NotEmpty(message = "must include at least one field") List<@NotBlank String> fieldsToCollect,
        @Size(max = 254, message = ConstraintMessages.MAX_LENGTH) String notificationEmail,
        @Size(max = 40, message = ConstraintMessages.MAX_LENGTH) String smsNumber,
        @Size(max = 40, message = ConstraintMessages.MAX_LENGTH) String transferNumber,
        @Pattern(regexp = "(?i)NEVER|ALWAYS|DURING_OPEN_HOURS",
                message = "must be one of NEVER, ALWAYS, DURING_OPEN_HOURS") String transferWhen,
        @Size(max = 20, message = ConstraintMessages.MAX_ENTRIES)
        List<@NotBlank @Size(max = 40, message = ConstraintMessages.MAX_LENGTH) String> urgentKeywords,
        @Pattern(regexp = "[A-Za-z]{2}", message = PhoneNumbers.COUNTRY_MESSAGE) String country) {
}
