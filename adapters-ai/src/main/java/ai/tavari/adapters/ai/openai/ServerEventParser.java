package ai.tavari.adapters.ai.openai;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads server events with the streaming parser: an audio delta (the bulk of the traffic) costs one
 * pass over the text and a handful of small values, no object tree.
 */
final class ServerEventParser {
    private final JsonParserFactory parsers;

    ServerEventParser(JsonParserFactory parsers) {
        this.parsers = parsers;
    }

    /** The event, or {@code null} when the text is not a JSON object. */
    ServerEvent parse(String text) {
        try (JsonParser parser = parsers.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return null;
            }
            String type = null;
            String delta = null;
            Map<String, JsonValue> fields = new HashMap<>(16);
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (value == JsonParser.Event.VALUE_STRING && "type".equals(key)) {
                    type = parser.getString();
                } else if (value == JsonParser.Event.VALUE_STRING && "delta".equals(key)) {
                    delta = parser.getString();
                } else {
                    fields.put(key, parser.getValue());
                }
            }
            return new ServerEvent(type, delta, fields);
        }
    }
}
