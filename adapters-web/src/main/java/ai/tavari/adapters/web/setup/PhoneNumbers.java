package ai.tavari.adapters.web.setup;

import ai.tavari.domain.shared.PhoneNumber;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads phone numbers as owners type them ("(415) 555-0123", "030 1234567", "+44 20 7946 0958")
 * into E.164. A number without a country code is read in a default country: the one the owner
 * names, else the country of the business's time zone, else that of its current phone number.
 */
final class PhoneNumbers {
    static final String COUNTRY_MESSAGE = "must be a two-letter country code such as US";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String ZONE_COUNTRIES = "zone-countries.properties";

    private final Properties countryByZone = new Properties();

    PhoneNumbers() {
        try (InputStream table = PhoneNumbers.class.getResourceAsStream(ZONE_COUNTRIES)) {
            if (table == null) {
                throw new IllegalStateException(ZONE_COUNTRIES + " is missing from the class path");
            }
            countryByZone.load(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code country} is a country code phone numbers can be read in (upper or lower case). */
    boolean isKnownCountry(String country) {
        return country != null && UTIL.getSupportedRegions().contains(country.strip().toUpperCase(Locale.ROOT));
    }

    /** The first of the candidates that knows its country; empty when none does. */
    Optional<String> defaultCountry(String country, Optional<ZoneId> zone, Optional<ZoneId> businessZone,
                                           Optional<PhoneNumber> businessPhone) {
        if (isKnownCountry(country)) {
            return Optional.of(country.strip().toUpperCase(Locale.ROOT));
        }
        return Stream.of(zone.flatMap(this::countryOf), businessPhone.flatMap(PhoneNumbers::countryOf),
                        businessZone.flatMap(this::countryOf))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The number in E.164, or empty with the reason rejected under {@code field}. Blank input is
     * empty without an error: whether a number is required is the command's concern.
     */
    Optional<PhoneNumber> read(CommandInput input, String field, String text, Optional<String> defaultCountry) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(text, defaultCountry.orElse(null));
            if (!UTIL.isValidNumber(parsed)) {
                input.reject(field, "is not a valid phone number" + defaultCountry
                        .filter(country -> !text.strip().startsWith("+")).map(country -> " in " + country).orElse(""));
                return Optional.empty();
            }
            return Optional.of(PhoneNumber.of(UTIL.format(parsed, PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            input.reject(field, e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE
                    ? "needs a country code such as +1, or a country to read it in"
                    : "is not a phone number");
            return Optional.empty();
        }
    }

    private Optional<String> countryOf(ZoneId zone) {
        return Optional.ofNullable(countryByZone.getProperty(zone.getId()));
    }

    private static Optional<String> countryOf(PhoneNumber number) {
        try {
            String region = UTIL.getRegionCodeForNumber(UTIL.parse(number.e164(), null));
            return Optional.ofNullable(region).filter(UTIL.getSupportedRegions()::contains);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
