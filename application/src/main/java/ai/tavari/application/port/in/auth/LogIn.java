package ai.tavari.application.port.in.auth;

public interface LogIn {
    /** @throws InvalidCredentialsException whether the e-mail is unknown or the password wrong */
    AuthenticatedSession logIn(LogInCommand command);
}
