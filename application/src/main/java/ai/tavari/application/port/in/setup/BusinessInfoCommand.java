package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Step 1: what the business is called, its own phone number (where calls go when the agent cannot
 * help), its IANA time zone, and optionally its industry and address. Changing the time zone moves
 * the opening hours with it. Fields: {@code name}, {@code phone}, {@code timeZone},
 * {@code industry}, {@code address}.
 */
public record BusinessInfoCommand(String name, PhoneNumber phone, ZoneId timeZone, Optional<String> industry,
                                  Optional<String> address) implements SetupStepCommand {
    public static final int MAX_INDUSTRY_LENGTH = 80;
    public static final int MAX_ADDRESS_LENGTH = 300;

    public BusinessInfoCommand {
        Validation validation = new Validation();
        checkName(validation, name);
        validation.require(phone != null, "phone", "is required");
        validation.require(timeZone != null, "timeZone", "is required");
        industry = optionalText(validation, industry, MAX_INDUSTRY_LENGTH, "industry");
        address = optionalText(validation, address, MAX_ADDRESS_LENGTH, "address");
        validation.throwIfInvalid();
        name = name.strip();
    }

    /**
     * From the owner's input; {@code phone} is already normalised (turning free-form input into
     * E.164 is the adapter's job), {@code null} when it was missing or could not be read.
     */
    public static BusinessInfoCommand of(String name, PhoneNumber phone, String timeZone, String industry,
                                         String address) {
        Validation validation = new Validation();
        Optional<ZoneId> zone = TimeZones.parse(validation, "timeZone", timeZone);
        if (zone.isEmpty()) {
            checkName(validation, name);
            validation.require(phone != null, "phone", "is required");
            optionalText(validation, Optional.ofNullable(industry), MAX_INDUSTRY_LENGTH, "industry");
            optionalText(validation, Optional.ofNullable(address), MAX_ADDRESS_LENGTH, "address");
            validation.throwIfInvalid();
        }
        return new BusinessInfoCommand(name, phone, zone.get(), Optional.ofNullable(industry), Optional.ofNullable(address));
    }

    @Override
    public SetupStep step() {
        return SetupStep.BUSINESS_INFO;
    }

    @Override
    public String fieldFor(String domainField) {
        return fieldOf(domainField);
    }

    /** The business's {@code businessName} is this step's {@code name}; other names are the same. */
    public static String fieldOf(String domainField) {
        return "businessName".equals(domainField) ? "name" : domainField;
    }

    private static void checkName(Validation validation, String name) {
        validation.notBlank(name, "name");
        validation.maxLength(name == null ? null : name.strip(), Business.MAX_NAME_LENGTH, "name");
    }

    private static Optional<String> optionalText(Validation validation, Optional<String> text, int maxLength, String field) {
        Optional<String> stripped = Objects.requireNonNullElse(text, Optional.<String>empty())
                .map(String::strip).filter(value -> !value.isEmpty());
        validation.maxLength(stripped.orElse(null), maxLength, field);
        return stripped;
    }
}
