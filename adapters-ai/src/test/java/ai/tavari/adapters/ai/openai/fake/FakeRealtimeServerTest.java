package ai.tavari.adapters.ai.openai.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake answers like the real API: shapes from the GA schema, rules from the wire reference. */
class FakeRealtimeServerTest {
    /** The §2 example of the wire reference, verbatim. */
    private static final String REFERENCE_SESSION_UPDATE = """
            {"type":"session.update","event_id":"cfg_1","session":{"type":"realtime","model":"gpt-realtime",
             "instructions":"You are the phone receptionist for Example Dental. Be brief.","output_modalities":["audio"],
             "audio":{"input":{"format":{"type":"audio/pcmu"},"noise_reduction":{"type":"near_field"},
               "transcription":{"model":"gpt-4o-mini-transcribe","language":"en"},
               "turn_detection":{"type":"server_vad","threshold":0.5,"prefix_padding_ms":300,"silence_duration_ms":500,
                 "idle_timeout_ms":10000,"create_response":true,"interrupt_response":true}},
               "output":{"format":{"type":"audio/pcmu"},"voice":"marin","speed":1.0}},
             "tools":[{"type":"function","name":"lookup_appointment","description":"Find the caller's next appointment by phone number.",
               "parameters":{"type":"object","properties":{"phone":{"type":"string","description":"E.164 number"}},"required":["phone"]}},
              {"type":"function","name":"end_call","description":"Hang up after saying goodbye.","parameters":{"type":"object","properties":{}}}],
             "tool_choice":"auto","max_output_tokens":1024,"truncation":"auto"}}""";
    private static final String BETA_SESSION_UPDATE = """
            {"type":"session.update","event_id":"beta_1","session":{"modalities":["text","audio"],
             "instructions":"Be brief.","voice":"alloy","input_audio_format":"g711_ulaw","output_audio_format":"g711_ulaw",
             "turn_detection":{"type":"server_vad"}}}""";

    private FakeRealtimeServer server;

    @BeforeEach
    void start() {
        server = FakeRealtimeServer.start(
                new FakeRealtimeOptions().replyAudio(Duration.ofSeconds(30), "A long answer."));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refusesAWrongKey() {
        assertThatThrownBy(() -> RawRealtimeClient.connect(server, Map.of("Authorization", "Bearer nope")))
                .isInstanceOf(CompletionException.class);
        assertThat(server.refusedHandshakes()).isEqualTo(1);
    }

    @Test
    void opensWithAGaSessionCreated() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            JsonNode session = client.await("session.created").get("session");

            assertThat(client.types().get(0)).isEqualTo("session.created");
            assertThat(session.get("type").asText()).isEqualTo("realtime");
            assertThat(session.get("id").asText()).startsWith("sess_");
            assertThat(session.get("model").asText()).isEqualTo("gpt-realtime");
            assertThat(session.get("audio").get("output").has("voice")).isTrue();
        }
    }

    @Test
    void acceptsTheReferenceSessionUpdateAndEchoesTheEffectiveConfig() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send(REFERENCE_SESSION_UPDATE);

            JsonNode session = client.await("session.updated").get("session");
            assertThat(session.get("audio").get("input").get("format").get("type").asText()).isEqualTo("audio/pcmu");
            assertThat(session.get("audio").get("input").get("format").has("rate")).isFalse();
            assertThat(session.get("audio").get("output").get("voice").asText()).isEqualTo("marin");
            assertThat(session.get("tools")).hasSize(2);
            assertThat(server.awaitConnection().errorsSent()).isEmpty();
        }
    }

    @Test
    void rejectsABetaShapedSessionUpdateAndCloses() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send(BETA_SESSION_UPDATE);

            JsonNode error = client.awaitErrorFor("beta_1");
            assertThat(error.get("code").asText()).isEqualTo("beta_api_shape_disabled");
            assertThat(client.awaitClosed()).isEqualTo(4000);
            assertThat(client.types()).doesNotContain("session.updated");
        }
    }

    @Test
    void rejectsTheBetaHeader() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server,
                Map.of("Authorization", "Bearer " + server.apiKey(), "OpenAI-Beta", "realtime=v1"))) {
            assertThat(client.await("error").get("error").get("code").asText()).isEqualTo("beta_api_shape_disabled");
            assertThat(client.awaitClosed()).isEqualTo(4000);
        }
    }

    @Test
    void answersAnUnknownEventTypeWithAnErrorAndCarriesOn() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send("{\"type\":\"response.audio.delta\",\"event_id\":\"bad_1\"}");

            JsonNode error = client.awaitErrorFor("bad_1");
            assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
            assertThat(error.get("code").asText()).isEqualTo("invalid_value");
            assertThat(error.get("param").asText()).isEqualTo("type");
            client.send(REFERENCE_SESSION_UPDATE);
            client.await("session.updated");
        }
    }

    @Test
    void namesAnUnknownParameterAndAMissingOne() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send("{\"type\":\"session.update\",\"event_id\":\"t_1\",\"session\":{\"type\":\"realtime\","
                    + "\"temperature\":0.8}}");
            client.send("{\"type\":\"session.update\",\"event_id\":\"t_2\",\"session\":{\"type\":\"realtime\","
                    + "\"tools\":[{\"type\":\"function\",\"name\":\"a\",\"meta\":{}}]}}");
            client.send("{\"type\":\"conversation.item.truncate\",\"event_id\":\"t_3\",\"item_id\":\"item_1\","
                    + "\"audio_end_ms\":100}");
            client.send("{\"type\":\"conversation.item.truncate\",\"event_id\":\"t_4\",\"item_id\":\"item_1\","
                    + "\"content_index\":0,\"audio_end_ms\":12.5}");

            assertThat(client.awaitErrorFor("t_1").get("param").asText()).isEqualTo("session.temperature");
            assertThat(client.awaitErrorFor("t_1").get("code").asText()).isEqualTo("unknown_parameter");
            assertThat(client.awaitErrorFor("t_2").get("param").asText()).isEqualTo("session.tools[0].meta");
            assertThat(client.awaitErrorFor("t_3").get("code").asText()).isEqualTo("missing_required_parameter");
            assertThat(client.awaitErrorFor("t_3").get("param").asText()).isEqualTo("content_index");
            assertThat(client.awaitErrorFor("t_4").get("param").asText()).isEqualTo("audio_end_ms");
        }
    }

    @Test
    void acceptsAudioBeforeTheSessionIsConfigured() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send("{\"type\":\"input_audio_buffer.append\",\"audio\":\"//7+/f39/v7//w==\"}");
            client.send(REFERENCE_SESSION_UPDATE);
            client.await("session.updated");

            FakeRealtimeConnection call = server.awaitConnection();
            assertThat(call.appendedAudio()).containsExactly("//7+/f39/v7//w==");
            assertThat(call.errorsSent()).isEmpty();
        }
    }

    @Test
    void allowsOneActiveResponseAndCancelsOnlyAnActiveOne() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send(REFERENCE_SESSION_UPDATE);
            client.send("{\"type\":\"response.cancel\",\"event_id\":\"c_0\"}");
            assertThat(client.awaitErrorFor("c_0").get("code").asText()).isEqualTo("response_cancel_not_active");

            client.send("{\"type\":\"response.create\",\"event_id\":\"r_1\"}");
            String responseId = client.await("response.created").get("response").get("id").asText();
            client.await("response.output_audio.delta");
            client.send("{\"type\":\"response.create\",\"event_id\":\"r_2\"}");
            assertThat(client.awaitErrorFor("r_2").get("code").asText())
                    .isEqualTo("conversation_already_has_active_response");

            client.send("{\"type\":\"response.cancel\",\"event_id\":\"c_1\"}");
            JsonNode done = client.await("response.done").get("response");
            assertThat(done.get("id").asText()).isEqualTo(responseId);
            assertThat(done.get("status").asText()).isEqualTo("cancelled");
            assertThat(done.get("status_details").get("reason").asText()).isEqualTo("client_cancelled");
        }
    }

    @Test
    void truncatesOnlyWithinTheGeneratedAudio() {
        server.options().replyAudio(Duration.ofMillis(500), "Short.");
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send(REFERENCE_SESSION_UPDATE);
            client.send("{\"type\":\"response.create\"}");
            client.await("response.done");
            String itemId = client.await("response.output_audio.delta").get("item_id").asText();

            client.send("{\"type\":\"conversation.item.truncate\",\"event_id\":\"x_1\",\"item_id\":\"" + itemId
                    + "\",\"content_index\":0,\"audio_end_ms\":501}");
            client.send("{\"type\":\"conversation.item.truncate\",\"event_id\":\"x_2\",\"item_id\":\"" + itemId
                    + "\",\"content_index\":0,\"audio_end_ms\":500}");

            assertThat(client.awaitErrorFor("x_1").get("param").asText()).isEqualTo("audio_end_ms");
            assertThat(client.await("conversation.item.truncated").get("audio_end_ms").asInt()).isEqualTo(500);
        }
    }

    @Test
    void acceptsFunctionOutputOnlyForACallInTheConversation() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send(REFERENCE_SESSION_UPDATE);
            FakeRealtimeConnection call = server.awaitConnection();
            call.awaitSessionUpdated();
            String callId = call.callFunction("lookup_appointment", "{\"phone\":\"+15551234567\"}")
                    .callId().orElseThrow();

            client.send("{\"type\":\"conversation.item.create\",\"event_id\":\"o_1\",\"item\":{\"type\":"
                    + "\"function_call_output\",\"call_id\":\"call_unknown\",\"output\":\"{}\"}}");
            client.send("{\"type\":\"conversation.item.create\",\"event_id\":\"o_2\",\"item\":{\"type\":"
                    + "\"function_call_output\",\"call_id\":\"" + callId + "\",\"output\":\"{}\"}}");

            assertThat(client.awaitErrorFor("o_1").get("param").asText()).isEqualTo("item.call_id");
            JsonNode added = client.await("conversation.item.added",
                    event -> event.get("item").get("type").asText().equals("function_call_output")).get("item");
            assertThat(added.get("call_id").asText()).isEqualTo(callId);
        }
    }

    @Test
    void runsTheServerVadTurnAndCutsOffTheActiveResponse() {
        try (RawRealtimeClient client = RawRealtimeClient.connect(server)) {
            client.send(REFERENCE_SESSION_UPDATE);
            FakeRealtimeConnection call = server.awaitConnection();
            call.awaitSessionUpdated();

            call.speechStarted();
            FakeResponse turn = call.speechStopped().orElseThrow();
            client.await("response.output_audio.delta");
            call.speechStarted(2);

            assertThat(turn.awaitDone()).isEqualTo("cancelled");
            assertThat(turn.lateDeltas()).hasSize(2);
            JsonNode done = client.await("response.done").get("response");
            assertThat(done.get("status_details").get("reason").asText()).isEqualTo("turn_detected");
            assertThat(client.types()).containsSubsequence("input_audio_buffer.speech_stopped",
                    "input_audio_buffer.committed", "conversation.item.added", "response.created",
                    "response.output_audio.delta", "input_audio_buffer.speech_started", "response.output_audio.done",
                    "response.done");
        }
    }

    @Test
    void validatesEveryClientEventTypeOfTheSchema() {
        assertThat(ClientEventValidator.load().eventTypes()).containsExactlyInAnyOrder("conversation.item.create",
                "conversation.item.delete", "conversation.item.retrieve", "conversation.item.truncate",
                "input_audio_buffer.append", "input_audio_buffer.clear", "input_audio_buffer.commit",
                "output_audio_buffer.clear", "response.cancel", "response.create", "session.update");
    }
}
