package ai.tavari.adapters.ai.openai;

import ai.tavari.application.port.out.conversation.MulawAudio;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bytes of agent audio received per item, counted from the base64 length (nothing is decoded): a
 * truncation may not go past what the server generated. Confined to the session thread.
 */
final class AgentAudioLedger {
    private static final int REMEMBERED_ITEMS = 32;

    private final Map<String, long[]> bytesByItem = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > REMEMBERED_ITEMS;
        }
    };

    void received(String itemId, String base64) {
        if (itemId == null) {
            return;
        }
        bytesByItem.computeIfAbsent(itemId, id -> new long[1])[0] += decodedLength(base64);
    }

    long receivedMillis(String itemId) {
        long[] bytes = bytesByItem.get(itemId);
        return bytes == null ? 0 : bytes[0] / MulawAudio.BYTES_PER_MILLISECOND;
    }

    static long decodedLength(String base64) {
        int length = base64.length();
        if (length == 0) {
            return 0;
        }
        int padding = base64.charAt(length - 1) != '=' ? 0 : base64.charAt(length - 2) == '=' ? 2 : 1;
        return (long) length / 4 * 3 - padding;
    }
}
