package ai.tavari.application.port.in.auth;

import ai.tavari.application.validation.Validation;

/** Credentials as typed. The e-mail is not parsed here: a malformed one simply fails to log in. */
public record LogInCommand(String email, String password) {
    public LogInCommand {
        Validation validation = new Validation();
        validation.notBlank(email, "email");
        validation.maxLength(email, 254, "email");
        validation.notBlank(password, "password");
        validation.maxLength(password, SignUpCommand.MAX_PASSWORD_LENGTH, "password");
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + "]";
    }
}
