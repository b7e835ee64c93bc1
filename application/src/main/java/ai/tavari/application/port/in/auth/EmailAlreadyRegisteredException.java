package ai.tavari.application.port.in.auth;

public class EmailAlreadyRegisteredException extends RuntimeException {
    public EmailAlreadyRegisteredException() {
        super("an account with this e-mail already exists");
    }
}
