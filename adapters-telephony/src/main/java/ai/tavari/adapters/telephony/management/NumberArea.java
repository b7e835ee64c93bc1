package ai.tavari.adapters.telephony.management;

import ai.tavari.domain.shared.PhoneNumber;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * The country (ISO code, as Voximplant's {@code country_code}) and area code of a business phone,
 * and the reading of the numbers Voximplant offers into E.164.
 */
record NumberArea(String countryCode, Optional<String> areaCode) {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    static Optional<NumberArea> of(PhoneNumber phone) {
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(phone.e164(), null);
            String country = UTIL.getRegionCodeForNumber(parsed);
            if (country == null || !UTIL.getSupportedRegions().contains(country)) {
                return Optional.empty();
            }
            String national = UTIL.getNationalSignificantNumber(parsed);
            int length = UTIL.getLengthOfNationalDestinationCode(parsed);
            return Optional.of(new NumberArea(country, length > 0 ? Optional.of(national.substring(0, length))
                    : Optional.empty()));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * An offered number in E.164. Voximplant writes its numbers with the country code and without
     * "+" ("14155550101"); a number that only reads as a national one of this country is taken as such.
     */
    PhoneNumber e164(String offered) {
        String digits = offered.replaceAll("[^0-9]", "");
        try {
            Phonenumber.PhoneNumber international = UTIL.parse("+" + digits, null);
            if (!UTIL.isValidNumber(international)) {
                Phonenumber.PhoneNumber national = UTIL.parse(digits, countryCode);
                if (UTIL.isValidNumber(national)) {
                    return PhoneNumber.of(UTIL.format(national, PhoneNumberFormat.E164));
                }
            }
        } catch (NumberParseException e) {
            // not readable either way: keep the digits as Voximplant gave them
        }
        return PhoneNumber.of("+" + digits);
    }
}
