package ai.tavari.application.port.in.auth;

/** Creates a business, its owner and a default agent, and logs the owner in. */
public interface SignUp {
    /** @throws EmailAlreadyRegisteredException if the address already has an account */
    AuthenticatedSession signUp(SignUpCommand command);
}
