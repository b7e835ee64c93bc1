package ai.tavari.adapters.ai.tools;

import ai.tavari.adapters.ai.Jsonp;
import ai.tavari.application.port.out.ToolJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tool arguments and results as JSON, with JSON-P. */
@ApplicationScoped
public class JsonpToolJson implements ToolJson {

    @Override
    public Map<String, Object> parseObject(String json) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return toMap(object);
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new IllegalArgumentException("not readable JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public String write(Map<String, ?> object) {
        return objectBuilder(object).build().toString();
    }

    private static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, toJava(value)));
        return map;
    }

    private static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> toMap(value.asJsonObject());
            case ARRAY -> toList(value.asJsonArray());
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Object number(JsonNumber number) {
        return number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
    }

    private static List<Object> toList(JsonArray array) {
        List<Object> list = new ArrayList<>();
        array.forEach(value -> list.add(toJava(value)));
        return list;
    }

    private static JsonObjectBuilder objectBuilder(Map<String, ?> map) {
        JsonObjectBuilder builder = Jsonp.PROVIDER.createObjectBuilder();
        map.forEach((key, value) -> builder.add(key, toJson(value)));
        return builder;
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return Jsonp.PROVIDER.createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Jsonp.PROVIDER.createValue(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return Jsonp.PROVIDER.createValue(number.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder builder = Jsonp.PROVIDER.createObjectBuilder();
            map.forEach((key, item) -> builder.add(String.valueOf(key), toJson(item)));
            return builder.build();
        }
        if (value instanceof Iterable<?> items) {
            JsonArrayBuilder builder = Jsonp.PROVIDER.createArrayBuilder();
            items.forEach(item -> builder.add(toJson(item)));
            return builder.build();
        }
        return Jsonp.PROVIDER.createValue(value.toString());
    }
}
