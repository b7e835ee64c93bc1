package ai.tavari.adapters.notification.sms;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Short-lived RS256 tokens for Voximplant's Management API, as its own clients make them: issued
 * 5 s in the past (clock skew), valid for 60 s, reused until shortly before they expire.
 */
final class ManagementApiTokens {
    static final Duration BACKDATE = Duration.ofSeconds(5);
    static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(15);

    private final ServiceAccount account;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    ManagementApiTokens(ServiceAccount account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    synchronized String current() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(expiresAt.minus(RENEW_BEFORE))) {
            Instant issued = now.minus(BACKDATE);
            expiresAt = now.plus(LIFETIME);
            token = sign(issued, expiresAt);
        }
        return token;
    }

    private String sign(Instant issued, Instant expires) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(account.keyId()).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(account.accountId())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(account.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a Voximplant API token", e);
        }
        return jwt.serialize();
    }
}
