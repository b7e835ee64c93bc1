package ai.tavari.adapters.telephony.management;

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
 * The bearer token of the Management API: a JWT signed RS256 with the service account's key,
 * {@code kid} = key id, {@code iss} = account id. Issued 5 seconds in the past (as Voximplant's own
 * clients do, for clocks that run slightly ahead of Voximplant's) and kept until a minute before
 * it expires.
 */
final class ServiceAccountToken {
    static final Duration BACKDATE = Duration.ofSeconds(5);
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    private final ServiceAccount account;
    private final RSASSASigner signer;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ServiceAccountToken(ServiceAccount account, Clock clock) {
        this.account = account;
        this.signer = new RSASSASigner(account.privateKey());
        this.clock = clock;
    }

    synchronized String current() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            Instant expires = now.plus(LIFETIME);
            token = sign(now.minus(BACKDATE), expires);
            renewAt = expires.minus(RENEW_BEFORE_EXPIRY);
        }
        return token;
    }

    private String sign(Instant issuedAt, Instant expires) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(account.keyId()).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(account.accountId())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the Voximplant token", e);
        }
        return jwt.serialize();
    }
}
