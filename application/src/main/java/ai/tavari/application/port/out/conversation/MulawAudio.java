package ai.tavari.application.port.out.conversation;

import java.util.Objects;

/**
 * G.711 μ-law, 8 kHz, mono audio as base64 text, exactly as the telephony and AI protocols carry
 * it: the bridge forwards the payload string without decoding it (20 ms = 160 bytes = 216 chars).
 */
public record MulawAudio(String base64) {
    public static final int BYTES_PER_MILLISECOND = 8;

    public MulawAudio {
        Objects.requireNonNull(base64, "base64");
    }

    /** Length of the audio, from the base64 length alone. */
    public int durationMillis() {
        int length = base64.length();
        int padding = length == 0 ? 0 : (base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0);
        int bytes = length / 4 * 3 - padding;
        return bytes / BYTES_PER_MILLISECOND;
    }
}
