package ai.tavari.application.port.in.auth;

public interface LogOut {
    /** Revokes the session behind the principal; later use of its token is refused. Idempotent. */
    void logOut(Principal principal);
}
