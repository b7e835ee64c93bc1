package ai.tavari.adapters.notification.sms;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * A Voximplant service account key, as the control panel hands it out (a JSON file with
 * {@code account_id}, {@code key_id} and a PKCS#8 PEM {@code private_key}).
 */
public record ServiceAccount(String accountId, String keyId, RSAPrivateKey privateKey) {
    public ServiceAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** The three parts as configured one by one; the key may have its PEM lines joined by spaces or "\\n". */
    public static ServiceAccount of(String accountId, String keyId, String privateKeyPem) {
        return new ServiceAccount(accountId.strip(), keyId.strip(), privateKey(privateKeyPem.replace("\\n", "\n")));
    }

    public static ServiceAccount fromFile(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the Voximplant service account file " + file, e);
        }
    }

    public static ServiceAccount fromJson(String json) {
        try {
            Map<String, Object> fields = JSONObjectUtils.parse(json);
            return new ServiceAccount(required(fields, "account_id"), required(fields, "key_id"),
                    privateKey(required(fields, "private_key")));
        } catch (ParseException e) {
            throw new IllegalArgumentException("the Voximplant service account is not valid JSON", e);
        }
    }

    private static String required(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("the Voximplant service account has no " + name);
        }
        // account_id may be a JSON number; the API's JWT carries it as a string
        return value instanceof Number number ? Long.toString(number.longValue()) : value.toString();
    }

    static RSAPrivateKey privateKey(String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("the Voximplant private_key is not a PKCS#8 RSA key", e);
        }
    }
}
