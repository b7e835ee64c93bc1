package ai.tavari.adapters.ai.openai.fake;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Deterministic μ-law bytes, different for every response, cut into base64 deltas. */
final class FakeAudio {
    static final int BYTES_PER_MILLISECOND = 8;

    private FakeAudio() {
    }

    static List<String> deltas(int seed, long totalMillis, long millisPerDelta) {
        List<String> deltas = new ArrayList<>();
        long bytesLeft = totalMillis * BYTES_PER_MILLISECOND;
        int bytesPerDelta = (int) (millisPerDelta * BYTES_PER_MILLISECOND);
        int position = 0;
        while (bytesLeft > 0) {
            int size = (int) Math.min(bytesPerDelta, bytesLeft);
            byte[] chunk = new byte[size];
            for (int i = 0; i < size; i++, position++) {
                chunk[i] = (byte) (seed * 37 + position * 11 + (position >> 7));
            }
            deltas.add(Base64.getEncoder().encodeToString(chunk));
            bytesLeft -= size;
        }
        return deltas;
    }

    static long millisOf(String base64) {
        return Base64.getDecoder().decode(base64).length / BYTES_PER_MILLISECOND;
    }
}
