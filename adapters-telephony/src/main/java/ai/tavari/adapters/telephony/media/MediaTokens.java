package ai.tavari.adapters.telephony.media;

import java.util.Optional;

/** Where the media token is on the handshake: the header VoxEngine may send, else the query parameter. */
final class MediaTokens {
    static final String HEADER = "X-Tavari-Token";
    static final String PARAMETER = "token";
    /** Far above any token the server issues; longer values are not looked up at all. */
    static final int MAX_LENGTH = 1024;

    private MediaTokens() {
    }

    static Optional<String> from(String header, String parameter) {
        return usable(header).or(() -> usable(parameter));
    }

    private static Optional<String> usable(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String token = value.strip();
        return token.isEmpty() || token.length() > MAX_LENGTH ? Optional.empty() : Optional.of(token);
    }
}
