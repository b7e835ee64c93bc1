package ai.tavari.application.port.in.auth;

/** Deliberately silent about which part was wrong, so it never tells whether an e-mail has an account. */
public class InvalidCredentialsException extends RuntimeException {
    public InvalidCredentialsException() {
        super("e-mail or password is incorrect");
    }
}
