package ai.tavari.application.fakes;

import ai.tavari.application.port.out.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the Argon2 adapter that still never stores the password as given and
 * counts how often it was asked to verify (for the timing-equaliser rule).
 */
public class ReversiblePasswordHasher implements PasswordHasher {
    private final AtomicInteger verifications = new AtomicInteger();

    @Override
    public String hash(String password) {
        return "fake$" + new StringBuilder(password).reverse();
    }

    @Override
    public boolean matches(String password, String hash) {
        verifications.incrementAndGet();
        return hash(password).equals(hash);
    }

    @Override
    public void spendVerificationTime(String password) {
        verifications.incrementAndGet();
    }

    public int verifications() {
        return verifications.get();
    }
}
