package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.MediaTokenSigner;
import ai.tavari.application.port.out.ProcessedEvents;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time media tokens: signed with a key every server shares (so any instance can check one),
 * bound to one call, valid for seconds, and usable once (the nonce is stored when claimed).
 * Format: {@code mt1.<payload>.<mac>}, base64url, payload = call id, business id, expiry, nonce.
 */
@Singleton
@Transactional
public class MediaTokens {
    private static final String PREFIX = "mt1.";
    private static final int PAYLOAD_BYTES = 16 + 16 + 8 + 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MediaTokenSigner signer;
    private final ProcessedEvents usedTokens;

    @Inject
    public MediaTokens(MediaTokenSigner signer, ProcessedEvents usedTokens) {
        this.signer = signer;
        this.usedTokens = usedTokens;
    }

    public String issue(ClaimedCall call, Instant expiresAt) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES);
        putUuid(payload, call.callId().value());
        putUuid(payload, call.businessId().value());
        payload.putLong(expiresAt.getEpochSecond());
        payload.put(nonce);
        String encoded = base64(payload.array());
        return PREFIX + encoded + "." + base64(mac(encoded));
    }

    /** The call a genuine, unexpired, unused token was issued for; the token is used up. */
    public Optional<ClaimedCall> claim(String token, Instant now) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] givenMac;
        try {
            payload = Base64.getUrlDecoder().decode(parts[0]);
            givenMac = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(mac(parts[0]), givenMac)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        ClaimedCall call = new ClaimedCall(new CallId(getUuid(buffer)), new BusinessId(getUuid(buffer)));
        long expiresAt = buffer.getLong();
        if (now.getEpochSecond() > expiresAt) {
            return Optional.empty();
        }
        String nonce = base64(java.util.Arrays.copyOfRange(payload, PAYLOAD_BYTES - 12, PAYLOAD_BYTES));
        return usedTokens.markProcessed("media-token", nonce, now) ? Optional.of(call) : Optional.empty();
    }

    private byte[] mac(String payload) {
        return signer.sign(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void putUuid(ByteBuffer buffer, UUID uuid) {
        buffer.putLong(uuid.getMostSignificantBits());
        buffer.putLong(uuid.getLeastSignificantBits());
    }

    private static UUID getUuid(ByteBuffer buffer) {
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** The call (and its business) a media token admits. */
    public record ClaimedCall(CallId callId, BusinessId businessId) {
    }
}
