package ai.tavari.adapters.web.security;

import ai.tavari.application.port.out.ServerSecrets;
import ai.tavari.application.port.out.TokenClaims;
import ai.tavari.application.port.out.TokenService;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.UserId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session tokens as JWTs signed with HMAC-SHA256, and only that: a token naming any other
 * algorithm is refused. The key comes from {@code tavari.auth.token.key} (base64, 32+ bytes) or
 * is generated once and stored in the database for every instance to share.
 */
@ApplicationScoped
public class JwtTokenService implements TokenService {
    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;
    static final String ISSUER = "tavari";
    static final String SECRET_NAME = "auth-token-hs256";
    private static final int KEY_BYTES = 32;

    private Optional<String> configuredKey;
    private ServerSecrets serverSecrets;
    private volatile byte[] key;

    /** For the container's client proxy. */
    protected JwtTokenService() {
    }

    @Inject
    public JwtTokenService(@ConfigProperty(name = "tavari.auth.token.key") Optional<String> configuredKey,
                           ServerSecrets serverSecrets) {
        this.configuredKey = configuredKey;
        this.serverSecrets = serverSecrets;
    }

    @Override
    public String issue(TokenClaims claims) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .jwtID(claims.sessionId().toString())
                .subject(claims.userId().toString())
                .claim("bid", claims.businessId().toString())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(ALGORITHM), set);
        try {
            jwt.sign(new MACSigner(key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }

    @Override
    public Optional<TokenClaims> verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!ALGORITHM.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key()))) {
                return Optional.empty();
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            Date expiry = set.getExpirationTime();
            if (!ISSUER.equals(set.getIssuer()) || expiry == null || !now.isBefore(expiry.toInstant())
                    || set.getIssueTime() == null) {
                return Optional.empty();
            }
            return Optional.of(new TokenClaims(
                    UUID.fromString(set.getJWTID()),
                    UserId.of(set.getSubject()),
                    BusinessId.of(set.getStringClaim("bid")),
                    set.getIssueTime().toInstant(),
                    expiry.toInstant()));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = configuredKey.map(JwtTokenService::decodeConfiguredKey)
                    .orElseGet(() -> serverSecrets.getOrCreate(SECRET_NAME, JwtTokenService::randomKey));
            key = current;
        }
        return current;
    }

    private static byte[] decodeConfiguredKey(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tavari.auth.token.key must be base64", e);
        }
        if (decoded.length < KEY_BYTES) {
            throw new IllegalStateException("tavari.auth.token.key must decode to at least " + KEY_BYTES + " bytes");
        }
        return decoded;
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
