package ai.tavari.adapters.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.call.TranscriptTurn;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCallSummarizerTest {
    private static final List<TranscriptTurn> TRANSCRIPT = List.of(
            new TranscriptTurn(Speaker.AGENT, "Bella Dental, how can I help?", Instant.parse("2026-11-25T15:00:00Z")),
            new TranscriptTurn(Speaker.CALLER, "I need to move my Friday cleaning.", Instant.parse("2026-11-25T15:00:04Z")));

    private HttpServer stub;
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<JsonObject> request = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer;

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/v1/responses", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            request.set(Json.createReader(new StringReader(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject());
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private OpenAiCallSummarizer summarizer() {
        return new OpenAiCallSummarizer(URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/v1"),
                "sk-test", "gpt-4o-mini");
    }

    @Test
    void sendsTheTranscriptToTheResponsesApiAndReturnsTheFirstOutputText() {
        answer = """
                {"id":"resp_1","object":"response","status":"completed","output":[
                  {"type":"reasoning","id":"rs_1","summary":[]},
                  {"type":"message","id":"msg_1","role":"assistant","status":"completed",
                   "content":[{"type":"output_text","text":" Caller wants to move Friday's cleaning. ","annotations":[]}]}]}""";

        assertThat(summarizer().summarize("Bella Dental", TRANSCRIPT)).contains("Caller wants to move Friday's cleaning.");
        assertThat(authorization.get()).isEqualTo("Bearer sk-test");
        assertThat(request.get().getString("model")).isEqualTo("gpt-4o-mini");
        assertThat(request.get().getString("instructions")).isEqualTo(OpenAiCallSummarizer.INSTRUCTIONS);
        assertThat(request.get().getString("input")).contains("Business: Bella Dental")
                .contains("Agent: Bella Dental, how can I help?").contains("Caller: I need to move my Friday cleaning.");
        assertThat(request.get().getBoolean("store")).isFalse();
    }

    @Test
    void anErrorOrAnAnswerWithoutTextGivesNoSummary() {
        status = 429;
        answer = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}";
        assertThat(summarizer().summarize("Bella Dental", TRANSCRIPT)).isEmpty();

        status = 200;
        answer = "{\"id\":\"resp_2\",\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"refusal\",\"refusal\":\"no\"}]}]}";
        assertThat(summarizer().summarize("Bella Dental", TRANSCRIPT)).isEmpty();

        answer = "not json";
        assertThat(summarizer().summarize("Bella Dental", TRANSCRIPT)).isEmpty();
    }

    @Test
    void anUnreachableApiGivesNoSummary() {
        OpenAiCallSummarizer unreachable = new OpenAiCallSummarizer(URI.create("http://127.0.0.1:9/v1"), "sk", "m");

        assertThat(unreachable.summarize("Bella Dental", TRANSCRIPT)).isEmpty();
    }
}
