package ai.tavari.adapters.telephony.management;

import ai.tavari.adapters.telephony.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * A Voximplant service account's key: the account, the key's id and its RSA private key (the JSON
 * file the control panel generates holds {@code account_id}, {@code key_id} and
 * {@code private_key}, a PKCS#8 PEM).
 */
public record ServiceAccount(String accountId, String keyId, RSAPrivateKey privateKey) {
    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    public ServiceAccount {
        accountId = requireText(accountId, "account id");
        keyId = requireText(keyId, "key id");
        Objects.requireNonNull(privateKey, "private key");
    }

    public static ServiceAccount of(String accountId, String keyId, String privateKeyPem) {
        return new ServiceAccount(accountId, keyId, parsePrivateKey(privateKeyPem));
    }

    /** The service account's JSON key file as the control panel generates it. */
    public static ServiceAccount fromJson(String json) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            JsonObject file = reader.readObject();
            return of(text(file, "account_id"), text(file, "key_id"), text(file, "private_key"));
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException("the service account file is not the JSON the control panel generates", e);
        }
    }

    /**
     * An RSA key in PKCS#8 PEM; {@code \n} written as two characters (as environment files often
     * carry it) is read as a line break.
     */
    static RSAPrivateKey parsePrivateKey(String pem) {
        String text = requireText(pem, "private key").replace("\\n", "\n").strip();
        if (text.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("the private key is PKCS#1; convert it to PKCS#8 (BEGIN PRIVATE KEY)"
                    + " with: openssl pkcs8 -topk8 -nocrypt");
        }
        if (!text.startsWith(PEM_BEGIN) || !text.contains(PEM_END)) {
            throw new IllegalArgumentException("the private key must be a PEM starting with " + PEM_BEGIN);
        }
        String base64 = text.substring(PEM_BEGIN.length(), text.indexOf(PEM_END)).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the private key is not a valid RSA key in PKCS#8 PEM", e);
        }
    }

    /** The account id is a number in the key file and text everywhere else. */
    private static String text(JsonObject file, String name) {
        JsonValue value = file.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException("the service account file has no " + name);
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? file.getString(name) : value.toString();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the service account's " + name + " is missing");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "ServiceAccount[account " + accountId + ", key " + keyId + "]";
    }
}
