package ai.tavari.application.port.in.auth;

import java.util.Optional;

public interface Authenticate {
    /** The principal for a token that is well signed, unexpired and not revoked; empty otherwise. */
    Optional<Principal> authenticate(String token);
}
