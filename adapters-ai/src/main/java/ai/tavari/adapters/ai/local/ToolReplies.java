package ai.tavari.adapters.ai.local;

import ai.tavari.adapters.ai.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a tool's result into what the agent says. Knows the fields the call tools answer with;
 * anything else is read out from its text values.
 */
final class ToolReplies {
    static final String OFFER_MESSAGE = "Would you like to leave a message?";
    static final String TROUBLE = "Sorry, I didn't get that. Could you say it another way?";

    private ToolReplies() {
    }

    static String reply(String tool, String resultJson) {
        JsonObject result;
        try {
            JsonValue value = Jsonp.PROVIDER.createReader(new StringReader(resultJson)).readValue();
            if (value instanceof JsonString) {
                return ((JsonString) value).getString();
            }
            result = value.asJsonObject();
        } catch (JsonException | ClassCastException notAnObject) {
            return resultJson.isBlank() ? TROUBLE : resultJson;
        }
        if (result.containsKey("error")) {
            return TROUBLE;
        }
        switch (tool) {
            case "get_business_hours":
                return join(text(result, "right_now"), text(result, "weekly_hours").isEmpty() ? ""
                        : "Our hours are " + text(result, "weekly_hours") + ".");
            case "answer_faq":
                return result.getBoolean("found", true) && !text(result, "answer").isEmpty()
                        ? text(result, "answer") : "I'm not sure about that. " + OFFER_MESSAGE;
            case "take_message":
                return result.getBoolean("saved", true)
                        ? "Thank you, I've passed your message on. Someone will get back to you." : TROUBLE;
            case "transfer_call":
                return result.getBoolean("transferring", false) ? "Putting you through now."
                        : join(text(result, "reason"), OFFER_MESSAGE);
            case "end_call":
                return "";
            default:
                return readOut(result);
        }
    }

    private static String readOut(JsonObject result) {
        List<String> parts = new ArrayList<>();
        result.values().forEach(value -> {
            if (value instanceof JsonString) {
                parts.add(((JsonString) value).getString());
            }
        });
        return parts.isEmpty() ? "Done." : String.join(" ", parts);
    }

    private static String text(JsonObject result, String key) {
        JsonValue value = result.get(key);
        return value instanceof JsonString ? ((JsonString) value).getString().strip() : "";
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " " + second;
    }
}
