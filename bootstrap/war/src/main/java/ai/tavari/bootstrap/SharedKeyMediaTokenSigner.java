package ai.tavari.bootstrap;

import ai.tavari.application.port.out.MediaTokenSigner;
import ai.tavari.application.port.out.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a key generated once and kept in the database, shared by every server. */
@ApplicationScoped
public class SharedKeyMediaTokenSigner implements MediaTokenSigner {
    private static final String KEY_NAME = "media-token-key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServerSecrets secrets;

    private volatile SecretKeySpec key;

    @Override
    public byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] bytes = secrets.getOrCreate(KEY_NAME, () -> {
                byte[] generated = new byte[32];
                RANDOM.nextBytes(generated);
                return generated;
            });
            current = new SecretKeySpec(bytes, ALGORITHM);
            key = current;
        }
        return current;
    }
}
