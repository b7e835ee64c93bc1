package ai.tavari.adapters.ai.openai.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event the fake received or sent. {@code sequence} orders received and sent events of one
 * connection on a single line; {@code json} is null when the text was not JSON.
 */
public record RecordedEvent(long sequence, Direction direction, String type, JsonNode json, String text,
                            Instant at) {
    public enum Direction { RECEIVED, SENT }

    public boolean isReceived() {
        return direction == Direction.RECEIVED;
    }

    /** A top-level text field, or null. */
    public String field(String name) {
        JsonNode value = json == null ? null : json.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
