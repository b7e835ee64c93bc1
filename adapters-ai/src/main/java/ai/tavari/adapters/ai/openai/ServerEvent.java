package ai.tavari.adapters.ai.openai;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * One event from the server, read shallowly: top-level scalars and nested values by key. {@code delta}
 * (audio or text) is kept as the plain string it arrived as, so audio is never wrapped or copied again.
 */
final class ServerEvent {
    private final String type;
    private final String delta;
    private final Map<String, JsonValue> fields;

    ServerEvent(String type, String delta, Map<String, JsonValue> fields) {
        this.type = type == null ? "" : type;
        this.delta = delta;
        this.fields = fields;
    }

    String type() {
        return type;
    }

    String delta() {
        return delta;
    }

    String string(String key) {
        return text(fields.get(key));
    }

    long number(String key, long fallback) {
        return number(fields.get(key), fallback);
    }

    JsonObject object(String key) {
        JsonValue value = fields.get(key);
        return value instanceof JsonObject ? (JsonObject) value : null;
    }

    static String text(JsonValue value) {
        return value instanceof JsonString ? ((JsonString) value).getString() : null;
    }

    static String text(JsonObject object, String key) {
        return object == null ? null : text(object.get(key));
    }

    static long number(JsonValue value, long fallback) {
        return value instanceof JsonNumber ? ((JsonNumber) value).longValue() : fallback;
    }

    static long number(JsonObject object, String key) {
        return object == null ? 0 : number(object.get(key), 0);
    }

    static JsonObject object(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonObject ? (JsonObject) value : null;
    }
}
