package ai.tavari.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecurityAdaptersTest {

    @Test
    void argon2idHashesAreSaltedAndVerify() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertThat(first).startsWith("$argon2id$").isNotEqualTo(second);
        assertThat(hasher.matches("correct horse battery", first)).isTrue();
        assertThat(hasher.matches("correct horse batterY", first)).isFalse();
        assertThat(hasher.matches("correct horse battery", "plain-text")).isFalse();
    }

    @Test
    void commonPasswordsAreRecognisedIgnoringCase() {
        BundledCommonPasswords common = new BundledCommonPasswords();
        assertThat(common.size()).isGreaterThan(1000);
        assertThat(common.isCommon("password123")).isTrue();
        assertThat(common.isCommon("QWERTYUIOP")).isTrue();
        assertThat(common.isCommon("violet-kettle-37-harbour")).isFalse();
    }

    @Test
    void rateLimiterAllowsTheBudgetThenRefusesWithARetryTime() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(3, Duration.ofMinutes(10), 100);
        limiter.acquire("1.2.3.4");
        limiter.acquire("1.2.3.4");
        limiter.acquire("1.2.3.4");

        assertThatThrownBy(() -> limiter.acquire("1.2.3.4"))
                .isInstanceOfSatisfying(RateLimitExceededException.class, e ->
                        assertThat(e.retryAfterSeconds()).isBetween(1L, 600L));
        limiter.acquire("5.6.7.8");
    }

    @Test
    void authLimitsCountPerEmailAcrossAddresses() {
        AuthRateLimits limits = new AuthRateLimits(100, 2, Duration.ofMinutes(10));
        limits.check("10.0.0.1", "Victim@example.com");
        limits.check("10.0.0.2", "victim@example.com");

        assertThatThrownBy(() -> limits.check("10.0.0.3", "VICTIM@example.com"))
                .isInstanceOf(RateLimitExceededException.class);
        limits.check("10.0.0.3", "someone-else@example.com");
    }
}
