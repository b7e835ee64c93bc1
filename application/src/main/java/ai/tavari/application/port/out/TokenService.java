package ai.tavari.application.port.out;

import java.time.Instant;
import java.util.Optional;

public interface TokenService {
    String issue(TokenClaims claims);

    /** The claims of a token with a valid signature that has not expired at {@code now}; empty otherwise. */
    Optional<TokenClaims> verify(String token, Instant now);
}
