package ai.tavari.adapters.telephony.management;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reading Voximplant's answers leniently: ids come as numbers, flags as booleans or text, and a
 * list that is missing is empty.
 */
final class ApiAnswers {
    private ApiAnswers() {
    }

    /** A field as text: a string as it is, a number in its JSON spelling. */
    static Optional<String> text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString()).filter(s -> !s.isBlank());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        return Optional.empty();
    }

    static boolean flag(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == JsonValue.TRUE || (value instanceof JsonString string && "true".equalsIgnoreCase(string.getString()))
                || (value instanceof JsonNumber number && number.intValue() == 1);
    }

    /** The number {@code name} holds; empty when it is missing or not a number. */
    static Optional<Long> count(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return Optional.of(number.longValue());
        }
        return Optional.empty();
    }

    static List<JsonObject> objects(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
        return List.of();
    }

    /**
     * A field that must be there. Without it nobody knows what the request did, so it counts as a
     * temporary failure (to be checked and tried again).
     */
    static String required(String method, JsonObject object, String name) {
        return text(object, name).orElseThrow(() -> incomplete(method, name));
    }

    static VoximplantApiException incomplete(String method, String missing) {
        return new VoximplantApiException(method, "answered without " + missing, 200, OptionalInt.empty(), true, null);
    }
}
