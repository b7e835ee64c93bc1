package ai.tavari.application.fakes;

import ai.tavari.application.port.out.ToolJson;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tool JSON for tests of the call logic: flat objects of strings, numbers and booleans, read with JSON-P. */
public class JsonpTestToolJson implements ToolJson {
    @Override
    public Map<String, Object> parseObject(String json) {
        try {
            JsonValue value = Json.createReader(new StringReader(json)).readValue();
            if (!(value instanceof JsonObject object)) {
                throw new IllegalArgumentException("not an object");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((key, item) -> map.put(key, switch (item.getValueType()) {
                case STRING -> ((JsonString) item).getString();
                case NUMBER -> ((JsonNumber) item).doubleValue();
                case TRUE -> true;
                case FALSE -> false;
                default -> item.toString();
            }));
            return map;
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public String write(Map<String, ?> object) {
        var builder = Json.createObjectBuilder();
        object.forEach((key, value) -> {
            if (value instanceof Boolean flag) {
                builder.add(key, flag);
            } else if (value instanceof Number number) {
                builder.add(key, number.doubleValue());
            } else {
                builder.add(key, String.valueOf(value));
            }
        });
        return builder.build().toString();
    }
}
