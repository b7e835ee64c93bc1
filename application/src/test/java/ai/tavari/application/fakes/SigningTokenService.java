package ai.tavari.application.fakes;

import ai.tavari.application.port.out.TokenClaims;
import ai.tavari.application.port.out.TokenService;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque random tokens looked up in memory; expiry honoured like the real service. */
public class SigningTokenService implements TokenService {
    private final Map<String, TokenClaims> issued = new ConcurrentHashMap<>();

    @Override
    public String issue(TokenClaims claims) {
        String token = "tok-" + UUID.randomUUID();
        issued.put(token, claims);
        return token;
    }

    @Override
    public Optional<TokenClaims> verify(String token, Instant now) {
        return Optional.ofNullable(issued.get(token)).filter(c -> now.isBefore(c.expiresAt()));
    }
}
