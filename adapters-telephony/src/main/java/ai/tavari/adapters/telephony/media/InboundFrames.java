package ai.tavari.adapters.telephony.media;

import ai.tavari.adapters.telephony.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads one text frame of the media socket with the streaming JSON parser: this runs 50 times a
 * second per call, so no tree, no binding, no decoding of the audio. {@code tag} and
 * {@code customParameters} are read at the top level or inside {@code start}, and
 * {@code customParameters} as an object or as a JSON string (Voximplant's placement and form
 * are not documented).
 */
final class InboundFrames {
    static final String ENCODING = "ULAW";
    static final int SAMPLE_RATE = 8000;
    private static final JsonParserFactory PARSERS = Jsonp.PROVIDER.createParserFactory(Map.of());

    private InboundFrames() {
    }

    static InboundFrame parse(String text) throws MalformedFrameException {
        Fields fields = new Fields();
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new MalformedFrameException("a frame must be a JSON object");
            }
            readTop(parser, fields);
            if (parser.hasNext()) {
                throw new MalformedFrameException("a frame must be one JSON object");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new MalformedFrameException("a frame must be valid JSON");
        }
        return fields.toFrame();
    }

    private static void readTop(JsonParser parser, Fields fields) throws MalformedFrameException {
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
            String key = key(parser, event);
            JsonParser.Event value = parser.next();
            switch (key) {
                case "event" -> fields.event = string(parser, value, key);
                case "customEvent" -> fields.customEvent = string(parser, value, key);
                case "tag" -> fields.tag = optionalString(parser, value);
                case "customParameters" -> fields.customParameters = customParameters(parser, value);
                case "media" -> readMedia(parser, value, fields);
                case "start" -> readStart(parser, value, fields);
                case "success" -> fields.success = value == JsonParser.Event.VALUE_TRUE ? Boolean.TRUE
                        : value == JsonParser.Event.VALUE_FALSE ? Boolean.FALSE : null;
                case "code" -> fields.code = value == JsonParser.Event.VALUE_NUMBER && parser.isIntegralNumber()
                        ? parser.getInt() : null;
                case "durationMs" -> fields.durationMs = value == JsonParser.Event.VALUE_NUMBER && parser.isIntegralNumber()
                        ? parser.getLong() : null;
                case "reason" -> fields.reason = optionalString(parser, value);
                default -> skip(parser, value);
            }
        }
    }

    private static void readMedia(JsonParser parser, JsonParser.Event value, Fields fields) throws MalformedFrameException {
        if (value != JsonParser.Event.START_OBJECT) {
            throw new MalformedFrameException("media must be an object");
        }
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
            String key = key(parser, event);
            JsonParser.Event member = parser.next();
            if (key.equals("payload")) {
                fields.payload = string(parser, member, "media.payload");
            } else {
                skip(parser, member);
            }
        }
    }

    private static void readStart(JsonParser parser, JsonParser.Event value, Fields fields) throws MalformedFrameException {
        if (value != JsonParser.Event.START_OBJECT) {
            throw new MalformedFrameException("start must be an object");
        }
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
            String key = key(parser, event);
            JsonParser.Event member = parser.next();
            switch (key) {
                case "tag" -> fields.tag = optionalString(parser, member);
                case "customParameters" -> fields.customParameters = customParameters(parser, member);
                case "mediaFormat" -> readMediaFormat(parser, member, fields);
                default -> skip(parser, member);
            }
        }
    }

    private static void readMediaFormat(JsonParser parser, JsonParser.Event value, Fields fields)
            throws MalformedFrameException {
        if (value != JsonParser.Event.START_OBJECT) {
            skip(parser, value);
            return;
        }
        JsonParser.Event event;
        while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
            String key = key(parser, event);
            JsonParser.Event member = parser.next();
            if (key.equals("encoding")) {
                fields.encoding = optionalString(parser, member);
            } else if (key.equals("sampleRate") && member == JsonParser.Event.VALUE_NUMBER) {
                fields.sampleRate = parser.getInt();
            } else {
                skip(parser, member);
            }
        }
    }

    private static Map<String, String> customParameters(JsonParser parser, JsonParser.Event value) {
        JsonValue parameters;
        if (value == JsonParser.Event.START_OBJECT) {
            parameters = parser.getObject();
        } else if (value == JsonParser.Event.VALUE_STRING) {
            parameters = parseObject(parser.getString());
        } else {
            skip(parser, value);
            return Map.of();
        }
        if (!(parameters instanceof JsonObject object)) {
            return Map.of();
        }
        Map<String, String> map = new HashMap<>();
        object.forEach((name, member) -> map.put(name,
                member instanceof JsonString string ? string.getString() : member.toString()));
        return map;
    }

    /** Informational only: a string that is not a JSON object reads as no parameters rather than failing the call. */
    private static JsonValue parseObject(String text) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return JsonValue.NULL;
        }
    }

    private static String key(JsonParser parser, JsonParser.Event event) throws MalformedFrameException {
        if (event != JsonParser.Event.KEY_NAME) {
            throw new MalformedFrameException("a frame must be a JSON object");
        }
        return parser.getString();
    }

    private static String string(JsonParser parser, JsonParser.Event value, String name) throws MalformedFrameException {
        if (value != JsonParser.Event.VALUE_STRING) {
            throw new MalformedFrameException(name + " must be a string");
        }
        return parser.getString();
    }

    private static String optionalString(JsonParser parser, JsonParser.Event value) {
        if (value == JsonParser.Event.VALUE_STRING) {
            return parser.getString();
        }
        skip(parser, value);
        return null;
    }

    /** Steps over a value whose first event was just read. */
    private static void skip(JsonParser parser, JsonParser.Event value) {
        if (value != JsonParser.Event.START_OBJECT && value != JsonParser.Event.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                depth++;
            } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                depth--;
            }
        }
    }

    /** What one frame said, before it is known which kind of frame it is. */
    private static final class Fields {
        String event;
        String customEvent;
        String tag;
        Map<String, String> customParameters = Map.of();
        String payload;
        String encoding;
        Integer sampleRate;
        Boolean success;
        Integer code;
        Long durationMs;
        String reason;

        InboundFrame toFrame() throws MalformedFrameException {
            if (event != null) {
                return mediaFrame();
            }
            if (customEvent != null) {
                return controlFrame();
            }
            throw new MalformedFrameException("a frame needs an event or a customEvent");
        }

        private InboundFrame mediaFrame() throws MalformedFrameException {
            switch (event) {
                case "media" -> {
                    if (payload == null) {
                        throw new MalformedFrameException("a media frame needs media.payload");
                    }
                    return new InboundFrame.Media(payload);
                }
                case "start" -> {
                    if (encoding != null && !encoding.toUpperCase(Locale.ROOT).equals(ENCODING)) {
                        throw new MalformedFrameException("unsupported encoding " + abbreviate(encoding) + ": only ULAW");
                    }
                    if (sampleRate != null && sampleRate != SAMPLE_RATE) {
                        throw new MalformedFrameException("unsupported sample rate " + sampleRate + ": only 8000");
                    }
                    return new InboundFrame.Start(Optional.ofNullable(tag), customParameters);
                }
                case "stop" -> {
                    return new InboundFrame.Stop();
                }
                default -> {
                    return new InboundFrame.Ignored(event);
                }
            }
        }

        private InboundFrame controlFrame() throws MalformedFrameException {
            switch (customEvent) {
                case "playbackStarted" -> {
                    return new InboundFrame.PlaybackStarted();
                }
                case "playbackEnded" -> {
                    return new InboundFrame.PlaybackEnded(Optional.ofNullable(durationMs));
                }
                case "transferResult" -> {
                    if (success == null) {
                        throw new MalformedFrameException("transferResult needs success true or false");
                    }
                    return new InboundFrame.TransferResult(success, Optional.ofNullable(code));
                }
                case "callEnded" -> {
                    return new InboundFrame.CallEnded(reason == null || reason.isBlank() ? "caller_hangup" : reason);
                }
                default -> {
                    return new InboundFrame.Ignored(customEvent);
                }
            }
        }

        private static String abbreviate(String text) {
            return text.length() <= 16 ? text : text.substring(0, 16) + "…";
        }
    }
}
