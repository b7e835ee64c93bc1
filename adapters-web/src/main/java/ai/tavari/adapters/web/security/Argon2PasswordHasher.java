package ai.tavari.adapters.web.security;

import ai.tavari.application.port.out.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;

/** Passwords as Argon2id hashes (see {@link Argon2idHashes}). */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {
    private volatile String decoyHash;

    @Override
    public String hash(String password) {
        return Argon2idHashes.hash(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return Argon2idHashes.matches(password, hash);
    }

    @Override
    public void spendVerificationTime(String password) {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = Argon2idHashes.hash("decoy-password-for-timing");
            decoyHash = decoy;
        }
        Argon2idHashes.matches(password == null ? "" : password, decoy);
    }
}
