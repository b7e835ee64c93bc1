package ai.tavari.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.TokenClaims;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.UserId;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JwtTokenServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef0123456789abcdef".getBytes();
    private final AtomicInteger generated = new AtomicInteger();
    private final JwtTokenService tokens = new JwtTokenService(Optional.empty(), (name, generator) -> {
        generated.incrementAndGet();
        return KEY;
    });
    private final TokenClaims claims = new TokenClaims(UUID.randomUUID(), UserId.newId(), BusinessId.newId(), NOW,
            NOW.plus(Duration.ofHours(1)));

    @Test
    void issuedTokenVerifiesToTheSameClaims() {
        assertThat(tokens.verify(tokens.issue(claims), NOW.plusSeconds(5))).contains(claims);
        assertThat(generated).hasValue(1);
    }

    @Test
    void expiredTokenIsRefused() {
        assertThat(tokens.verify(tokens.issue(claims), claims.expiresAt())).isEmpty();
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = tokens.issue(claims).split("\\.");
        String otherBusiness = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace(claims.businessId().toString(),
                        BusinessId.newId().toString()).getBytes());
        assertThat(tokens.verify(parts[0] + "." + otherBusiness + "." + parts[2], NOW)).isEmpty();
    }

    @Test
    void unsignedTokenIsRefused() {
        PlainJWT plain = new PlainJWT(new PlainHeader(), claimSet());
        assertThat(tokens.verify(plain.serialize(), NOW)).isEmpty();
    }

    @Test
    void tokenSignedWithAnotherAlgorithmEvenWithTheRightKeyIsRefused() throws Exception {
        SignedJWT hs384 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS384), claimSet());
        hs384.sign(new MACSigner(KEY));
        assertThat(tokens.verify(hs384.serialize(), NOW)).isEmpty();
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claimSet());
        forged.sign(new MACSigner("another-key-another-key-another-key!!".getBytes()));
        assertThat(tokens.verify(forged.serialize(), NOW)).isEmpty();
    }

    @Test
    void configuredKeyIsUsedInsteadOfAStoredOne() {
        String configured = Base64.getEncoder().encodeToString(KEY);
        JwtTokenService withConfig = new JwtTokenService(Optional.of(configured), (name, generator) -> {
            throw new AssertionError("must not touch stored secrets when a key is configured");
        });
        assertThat(tokens.verify(withConfig.issue(claims), NOW)).contains(claims);
    }

    @Test
    void tooShortConfiguredKeyIsRejectedLoudly() {
        JwtTokenService weak = new JwtTokenService(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), null);
        assertThatThrownBy(() -> weak.issue(claims)).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void garbageIsRefused() {
        assertThat(tokens.verify("abc.def.ghi", NOW)).isEmpty();
        assertThat(tokens.verify("", NOW)).isEmpty();
    }

    private JWTClaimsSet claimSet() {
        return new JWTClaimsSet.Builder().issuer("tavari").jwtID(claims.sessionId().toString())
                .subject(claims.userId().toString()).claim("bid", claims.businessId().toString())
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(3600))).build();
    }
}
