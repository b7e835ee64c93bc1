package ai.tavari.adapters.ai.local;

import ai.tavari.adapters.ai.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The details of a message, asked one question per turn: the text fields of the message tool's
 * parameter schema, in their order. Fields with fixed choices (urgency) are left to the tool.
 */
final class MessageForm {
    private static final Map<String, String> KNOWN_QUESTIONS = Map.of(
            "caller_name", "May I have your name, please?",
            "callback_number", "What number should we call you back on?",
            "email", "What e-mail address can we reach you at?",
            "reason", "What would you like me to pass on?");

    private final List<String> fields;
    private final List<String> questions;
    private final JsonObjectBuilder answers = Jsonp.PROVIDER.createObjectBuilder();
    private int next;

    private MessageForm(List<String> fields, List<String> questions) {
        this.fields = fields;
        this.questions = questions;
    }

    static MessageForm fromSchema(String parametersJsonSchema) {
        JsonObject schema = Jsonp.PROVIDER.createReader(new StringReader(parametersJsonSchema)).readObject();
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties")
                : JsonValue.EMPTY_JSON_OBJECT;
        List<String> fields = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        properties.forEach((name, value) -> {
            JsonObject property = value.asJsonObject();
            boolean freeText = "string".equals(property.getString("type", "")) && !property.containsKey("enum");
            if (freeText) {
                fields.add(name);
                questions.add(KNOWN_QUESTIONS.getOrDefault(name, question(name, property)));
            }
        });
        return new MessageForm(fields, questions);
    }

    String nextQuestion() {
        return questions.get(next);
    }

    /** Records the answer to the current question; true when every question has an answer. */
    boolean answer(String text) {
        answers.add(fields.get(next), text.strip());
        next++;
        return next >= fields.size();
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    String argumentsJson() {
        return answers.build().toString();
    }

    private static String question(String name, JsonObject property) {
        String what = property.containsKey("description") ? property.getString("description")
                : name.replace('_', ' ');
        return "Could you tell me " + what.toLowerCase(Locale.ROOT) + "?";
    }
}
