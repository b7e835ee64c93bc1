package ai.tavari.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +} then 8 to 15 digits, no leading zero in the country
 * code). Parsing free-form user input into this form is an adapter's job.
 */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new DomainValidationException("phone", "must be an E.164 number such as +14155550123");
        }
    }

    public static PhoneNumber of(String e164) {
        return new PhoneNumber(e164);
    }

    @Override
    public String toString() {
        return e164;
    }
}
