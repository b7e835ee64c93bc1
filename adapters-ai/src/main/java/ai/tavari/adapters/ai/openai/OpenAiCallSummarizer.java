package ai.tavari.adapters.ai.openai;

import ai.tavari.adapters.ai.Jsonp;
import ai.tavari.application.port.out.CallSummarizer;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.call.TranscriptTurn;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Call summaries from an OpenAI text model through the Responses API ({@code POST /responses}):
 * the transcript goes in as text, the first output text comes back. Any failure gives no summary,
 * and the call keeps its extractive one.
 */
public final class OpenAiCallSummarizer implements CallSummarizer {
    private static final Logger LOG = Logger.getLogger(OpenAiCallSummarizer.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_TRANSCRIPT_CHARS = 12_000;
    static final String INSTRUCTIONS = "You summarise phone calls to a small business for its owner. Write one or"
            + " two plain sentences: who called, what they wanted, and what happened (answered, message taken,"
            + " transferred, follow-up needed). No greeting, no preamble, no markdown.";

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final HttpClient http;

    /** @param apiBase the API's base address, e.g. {@code https://api.openai.com/v1} */
    public OpenAiCallSummarizer(URI apiBase, String apiKey, String model) {
        String base = apiBase.toString();
        this.endpoint = URI.create(base.endsWith("/") ? base + "responses" : base + "/responses");
        this.apiKey = apiKey;
        this.model = model;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Optional<String> summarize(String businessName, List<TranscriptTurn> transcript) {
        String body = Jsonp.PROVIDER.createObjectBuilder()
                .add("model", model)
                .add("instructions", INSTRUCTIONS)
                .add("input", "Business: " + businessName + "\nTranscript:\n" + transcriptText(transcript))
                .add("max_output_tokens", 200)
                .add("store", false)
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "call summary refused: HTTP " + response.statusCode());
                return Optional.empty();
            }
            return firstOutputText(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "call summary failed: " + e.getMessage());
            return Optional.empty();
        }
    }

    static String transcriptText(List<TranscriptTurn> transcript) {
        String text = transcript.stream()
                .map(turn -> (turn.speaker() == Speaker.CALLER ? "Caller: " : "Agent: ") + turn.text())
                .collect(Collectors.joining("\n"));
        return text.length() <= MAX_TRANSCRIPT_CHARS ? text : text.substring(text.length() - MAX_TRANSCRIPT_CHARS);
    }

    /** The text of the first {@code output_text} part of the first {@code message} output item. */
    static Optional<String> firstOutputText(String responseJson) {
        JsonObject response = Jsonp.PROVIDER.createReader(new StringReader(responseJson)).readObject();
        return response.getJsonArray("output").stream()
                .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .filter(item -> "message".equals(item.getString("type", "")))
                .flatMap(item -> item.getJsonArray("content").stream())
                .map(JsonValue::asJsonObject)
                .filter(part -> "output_text".equals(part.getString("type", "")))
                .map(part -> part.get("text"))
                .filter(text -> text instanceof JsonString)
                .map(text -> ((JsonString) text).getString().strip())
                .filter(text -> !text.isEmpty())
                .findFirst();
    }
}
