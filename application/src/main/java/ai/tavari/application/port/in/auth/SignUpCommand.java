package ai.tavari.application.port.in.auth;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.user.EmailAddress;

/**
 * A new owner signing up with the business they run. Checks its own shape on construction and
 * reports every broken field at once.
 */
public record SignUpCommand(EmailAddress email, String password, String businessName) {
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;

    public SignUpCommand {
        Validation validation = new Validation();
        validation.require(email != null, "email", "must be a valid e-mail address");
        checkPassword(validation, password);
        validation.notBlank(businessName, "businessName");
        validation.maxLength(businessName == null ? null : businessName.strip(), Business.MAX_NAME_LENGTH, "businessName");
        validation.throwIfInvalid();
        businessName = businessName.strip();
    }

    public static SignUpCommand of(String email, String password, String businessName) {
        Validation validation = new Validation();
        EmailAddress address = validation.attempt(() -> EmailAddress.of(email));
        if (address == null) {
            checkPassword(validation, password);
            validation.notBlank(businessName, "businessName");
            validation.maxLength(businessName == null ? null : businessName.strip(), Business.MAX_NAME_LENGTH, "businessName");
            validation.throwIfInvalid();
        }
        return new SignUpCommand(address, password, businessName);
    }

    private static void checkPassword(Validation validation, String password) {
        validation.require(password != null && password.length() >= MIN_PASSWORD_LENGTH,
                "password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        validation.maxLength(password, MAX_PASSWORD_LENGTH, "password");
    }

    @Override
    public String toString() {
        return "SignUpCommand[email=" + email + ", businessName=" + businessName + "]";
    }
}
