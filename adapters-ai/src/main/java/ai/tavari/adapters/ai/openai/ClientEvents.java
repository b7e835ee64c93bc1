package ai.tavari.adapters.ai.openai;

import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ToolDefinition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Locale;

/** The client events this engine sends, in the GA shapes of the wire reference. */
final class ClientEvents {
    static final String SESSION_UPDATE_EVENT_ID = "session_update";
    private static final String MULAW = "audio/pcmu";
    private static final String TRANSCRIPTION_MODEL = "gpt-4o-mini-transcribe";

    private final JsonBuilderFactory builders;
    private final JsonReaderFactory readers;

    ClientEvents(RealtimeJson json) {
        this.builders = json.builders;
        this.readers = json.readers;
    }

    /** The hot path: built by concatenation, the payload forwarded exactly as it came. */
    static String inputAudioAppend(String base64) {
        return "{\"type\":\"input_audio_buffer.append\",\"audio\":\"" + base64 + "\"}";
    }

    String sessionUpdate(String model, CallSetup setup) {
        JsonObjectBuilder session = builders.createObjectBuilder()
                .add("type", "realtime")
                .add("model", model)
                .add("instructions", setup.instructions())
                .add("output_modalities", builders.createArrayBuilder().add("audio"))
                .add("audio", builders.createObjectBuilder()
                        .add("input", audioInput(setup.language()))
                        .add("output", builders.createObjectBuilder()
                                .add("format", format())
                                .add("voice", setup.voice())))
                .add("tools", tools(setup))
                .add("tool_choice", "auto");
        return builders.createObjectBuilder()
                .add("type", "session.update")
                .add("event_id", SESSION_UPDATE_EVENT_ID)
                .add("session", session)
                .build().toString();
    }

    /** {@code instructions} null: the session's own instructions apply. */
    String responseCreate(String eventId, String instructions) {
        JsonObjectBuilder event = builders.createObjectBuilder()
                .add("type", "response.create")
                .add("event_id", eventId);
        if (instructions != null) {
            event.add("response", builders.createObjectBuilder().add("instructions", instructions));
        }
        return event.build().toString();
    }

    String responseCancel(String responseId) {
        JsonObjectBuilder event = builders.createObjectBuilder().add("type", "response.cancel");
        if (responseId != null) {
            event.add("response_id", responseId);
        }
        return event.build().toString();
    }

    String truncate(String itemId, long audioEndMillis) {
        return builders.createObjectBuilder()
                .add("type", "conversation.item.truncate")
                .add("item_id", itemId)
                .add("content_index", 0)
                .add("audio_end_ms", audioEndMillis)
                .build().toString();
    }

    String functionCallOutput(String callId, String output) {
        return itemCreate(builders.createObjectBuilder()
                .add("type", "function_call_output")
                .add("call_id", callId)
                .add("output", output));
    }

    String userText(String text) {
        return message("user", text);
    }

    String systemText(String text) {
        return message("system", text);
    }

    private String message(String role, String text) {
        return itemCreate(builders.createObjectBuilder()
                .add("type", "message")
                .add("role", role)
                .add("content", builders.createArrayBuilder().add(builders.createObjectBuilder()
                        .add("type", "input_text")
                        .add("text", text))));
    }

    private String itemCreate(JsonObjectBuilder item) {
        return builders.createObjectBuilder()
                .add("type", "conversation.item.create")
                .add("item", item)
                .build().toString();
    }

    private JsonObjectBuilder audioInput(String language) {
        JsonObjectBuilder transcription = builders.createObjectBuilder().add("model", TRANSCRIPTION_MODEL);
        String isoLanguage = isoLanguage(language);
        if (!isoLanguage.isEmpty()) {
            transcription.add("language", isoLanguage);
        }
        return builders.createObjectBuilder()
                .add("format", format())
                .add("noise_reduction", builders.createObjectBuilder().add("type", "near_field"))
                .add("transcription", transcription)
                .add("turn_detection", builders.createObjectBuilder()
                        .add("type", "server_vad")
                        .add("threshold", 0.5)
                        .add("prefix_padding_ms", 300)
                        .add("silence_duration_ms", 500)
                        .add("create_response", true)
                        .add("interrupt_response", true));
    }

    private JsonObjectBuilder format() {
        return builders.createObjectBuilder().add("type", MULAW);
    }

    private JsonArrayBuilder tools(CallSetup setup) {
        JsonArrayBuilder tools = builders.createArrayBuilder();
        for (ToolDefinition tool : setup.tools()) {
            tools.add(builders.createObjectBuilder()
                    .add("type", "function")
                    .add("name", tool.name())
                    .add("description", tool.description())
                    .add("parameters", schema(tool)));
        }
        return tools;
    }

    private JsonObject schema(ToolDefinition tool) {
        try (JsonReader reader = readers.createReader(new StringReader(tool.parametersJsonSchema()))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("parameters of tool " + tool.name() + " are not a JSON object", e);
        }
    }

    /** The transcription model takes ISO-639-1: "en-US" becomes "en". */
    static String isoLanguage(String language) {
        String trimmed = language.trim();
        int separator = indexOfSeparator(trimmed);
        return (separator < 0 ? trimmed : trimmed.substring(0, separator)).toLowerCase(Locale.ROOT);
    }

    private static int indexOfSeparator(String language) {
        for (int i = 0; i < language.length(); i++) {
            char c = language.charAt(i);
            if (c == '-' || c == '_') {
                return i;
            }
        }
        return -1;
    }

    private static final boolean[] BASE64 = new boolean[128];

    static {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".toCharArray()) {
            BASE64[c] = true;
        }
    }

    /** The check that keeps a payload from breaking out of the JSON string it is pasted into. */
    static boolean isPlainBase64(String payload) {
        for (int i = 0, n = payload.length(); i < n; i++) {
            char c = payload.charAt(i);
            if (c >= 128 || !BASE64[c]) {
                return false;
            }
        }
        return true;
    }
}
