package ai.tavari.adapters.telephony.management;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ServiceAccountTokenTest {
    private static final FakeVoximplantApi API = FakeVoximplantApi.start();
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final ServiceAccountToken token = new ServiceAccountToken(ServiceAccount.fromJson(API.credentialsJson()),
            clock);

    @AfterAll
    static void stop() {
        API.close();
    }

    @Test
    void isIssuedFiveSecondsBackAndExpiresWithinTheHour() throws Exception {
        SignedJWT jwt = SignedJWT.parse(token.current());

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(API.keyId());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(FakeVoximplantApi.ACCOUNT_ID);
        assertThat(jwt.getJWTClaimsSet().getIssueTime()).isEqualTo(Date.from(T0.minusSeconds(5)));
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isEqualTo(Date.from(T0.plus(ServiceAccountToken.LIFETIME)));
        assertThat(ServiceAccountToken.LIFETIME.plus(ServiceAccountToken.BACKDATE)).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void isKeptUntilAMinuteBeforeItExpires() {
        String first = token.current();

        clock.advance(ServiceAccountToken.LIFETIME.minus(ServiceAccountToken.RENEW_BEFORE_EXPIRY).minusSeconds(1));
        assertThat(token.current()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(token.current()).isNotEqualTo(first);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
