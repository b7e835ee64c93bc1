package ai.tavari.adapters.telephony.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Tavari-Signature: t=<unix seconds>,v1=<mac>}, where the MAC is
 * HMAC-SHA256(secret, t + "." + raw body) as lowercase hex or base64: VoxEngine's
 * {@code Crypto.hmac_sha256} output encoding is not documented, so both are accepted.
 */
public final class WebhookSignature {
    public static final String HEADER = "X-Tavari-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 32;
    private static final int MAX_HEADER_LENGTH = 1024;

    private final SecretKeySpec key;
    private final Clock clock;

    public WebhookSignature(String secret, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws InvalidSignatureException naming what is wrong (never the secret or the expected MAC) */
    public void verify(String header, byte[] body) throws InvalidSignatureException {
        if (header == null || header.isBlank()) {
            throw new InvalidSignatureException("the " + HEADER + " header is missing");
        }
        if (header.length() > MAX_HEADER_LENGTH) {
            throw new InvalidSignatureException("the " + HEADER + " header is too long");
        }
        String timestamp = null;
        List<String> macs = new ArrayList<>();
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new InvalidSignatureException("the " + HEADER + " header is not t=<seconds>,v1=<mac>");
            }
            String name = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            if (name.equals("t")) {
                timestamp = value;
            } else if (name.equals("v1")) {
                macs.add(value);
            }
        }
        if (timestamp == null || macs.isEmpty()) {
            throw new InvalidSignatureException("the " + HEADER + " header needs both t and v1");
        }
        checkFresh(timestamp);
        byte[] expected = mac(timestamp, body == null ? new byte[0] : body);
        for (String candidate : macs) {
            byte[] given = decode(candidate);
            if (given != null && MessageDigest.isEqual(expected, given)) {
                return;
            }
        }
        throw new InvalidSignatureException("the signature does not match the body");
    }

    /** The MAC for a body signed at {@code timestamp}, as raw bytes. */
    byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private void checkFresh(String timestamp) throws InvalidSignatureException {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new InvalidSignatureException("the signature timestamp is not a number of seconds");
        }
        long now = clock.instant().getEpochSecond();
        long tolerance = TOLERANCE.toSeconds();
        if (seconds < now - tolerance || seconds > now + tolerance) {
            throw new InvalidSignatureException("the signature timestamp is more than "
                    + TOLERANCE.toMinutes() + " minutes away from the server clock");
        }
    }

    /** Lowercase (or uppercase) hex, else base64 with or without padding; null when neither gives 32 bytes. */
    private static byte[] decode(String mac) {
        if (mac.length() == MAC_BYTES * 2 && isHex(mac)) {
            return HexFormat.of().parseHex(mac);
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(mac);
            return decoded.length == MAC_BYTES ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
