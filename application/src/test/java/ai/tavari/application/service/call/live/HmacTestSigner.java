package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.MediaTokenSigner;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a random key of its own: two instances are two servers with different keys. */
final class HmacTestSigner implements MediaTokenSigner {
    private final byte[] key = new byte[32];

    HmacTestSigner() {
        new SecureRandom().nextBytes(key);
    }

    @Override
    public byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
