package ai.tavari.domain.user;

import ai.tavari.domain.shared.DomainValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed and lower-cased so that one address is one identity whatever case
 * the owner typed it in.
 */
public record EmailAddress(String value) {
    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new DomainValidationException("email", "must not be blank");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainValidationException("email", "must be a valid e-mail address");
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
