package ai.tavari.adapters.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.conversation.EngineEvent.ToolCall;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ToolCallCollectorTest {
    private final ToolCallCollector collector = new ToolCallCollector();

    @Test
    void releasesTheAnnouncedCallsOfACompletedResponseOnce() {
        collector.announced("resp_1", "call_1", "get_business_hours", "{}");

        assertThat(collector.completed("resp_1", null))
                .containsExactly(new ToolCall("call_1", "get_business_hours", "{}"));
        collector.announced("resp_2", "call_1", "get_business_hours", "{}");
        assertThat(collector.completed("resp_2", null)).isEmpty();
    }

    @Test
    void takesCallsFromTheFinalOutputThatWereNeverAnnounced() {
        collector.announced("resp_1", "call_1", "answer_faq", "{\"question\":\"parking?\"}");

        assertThat(collector.completed("resp_1", array("[{\"type\":\"message\"},"
                + "{\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"answer_faq\",\"arguments\":\"{}\"},"
                + "{\"type\":\"function_call\",\"call_id\":\"call_2\",\"name\":\"end_call\",\"arguments\":\"{}\"}]")))
                .containsExactly(new ToolCall("call_1", "answer_faq", "{\"question\":\"parking?\"}"),
                        new ToolCall("call_2", "end_call", "{}"));
    }

    @Test
    void forgetsTheCallsOfADiscardedResponse() {
        collector.announced("resp_1", "call_1", "end_call", "{}");

        collector.discarded("resp_1");

        assertThat(collector.completed("resp_1", null)).isEmpty();
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = new RealtimeJson().readers.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
