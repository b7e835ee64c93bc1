package ai.tavari.adapters.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.ai.RecordingEvents;
import ai.tavari.adapters.ai.openai.fake.FakeRealtimeConnection;
import ai.tavari.adapters.ai.openai.fake.FakeRealtimeOptions;
import ai.tavari.adapters.ai.openai.fake.FakeRealtimeServer;
import ai.tavari.adapters.ai.openai.fake.FakeResponse;
import ai.tavari.adapters.ai.openai.fake.RecordedEvent;
import ai.tavari.adapters.ai.openai.fake.Reply;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ContextKind;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentAudio;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentAudioSegmentEnded;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentTranscript;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentTurnEnded;
import ai.tavari.application.port.out.conversation.EngineEvent.CallerSpeechStarted;
import ai.tavari.application.port.out.conversation.EngineEvent.CallerSpeechStopped;
import ai.tavari.application.port.out.conversation.EngineEvent.CallerTranscript;
import ai.tavari.application.port.out.conversation.EngineEvent.Ended;
import ai.tavari.application.port.out.conversation.EngineEvent.EngineError;
import ai.tavari.application.port.out.conversation.EngineEvent.ToolCall;
import ai.tavari.application.port.out.conversation.EngineEvent.Usage;
import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.application.port.out.conversation.ToolDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine against the protocol-faithful fake: what goes over the wire, and what the port reports. */
class OpenAiRealtimeEngineTest {
    private static final String GREETING = "Thanks for calling Example Dental, how can I help?";
    private static final String HOURS_SCHEMA = "{\"type\":\"object\",\"properties\":{\"day\":{\"type\":\"string\"}}}";
    private static final List<ToolDefinition> TOOLS = List.of(
            new ToolDefinition("get_business_hours", "Opening hours of the business.", HOURS_SCHEMA),
            new ToolDefinition("end_call", "Hang up after saying goodbye.", "{\"type\":\"object\",\"properties\":{}}"));

    private final ObjectMapper mapper = new ObjectMapper();
    private final RecordingEvents events = new RecordingEvents();
    private FakeRealtimeServer server;
    private ConversationSession session;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.end();
        }
        server.close();
    }

    @Test
    void offersSpeechTruncationCancellationAndCallerSpeechEvents() {
        assertThat(engine().capabilities()).containsExactlyInAnyOrder(EngineCapability.SPEECH,
                EngineCapability.TRUNCATE, EngineCapability.CANCEL, EngineCapability.CALLER_SPEECH_EVENTS);
    }

    @Test
    void connectsWithTheKeyAndModelAndNoBetaHeader() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();

        assertThat(call.header("Authorization")).isEqualTo("Bearer " + FakeRealtimeOptions.DEFAULT_API_KEY);
        assertThat(call.header("OpenAI-Beta")).isNull();
        assertThat(call.model()).isEqualTo("gpt-realtime");
        assertThat(call.requestPath()).isEqualTo("/v1/realtime?model=gpt-realtime");
    }

    @Test
    void configuresTheSessionForMulawPhoneAudioWithTheCallSetup() throws Exception {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();

        JsonNode session = call.awaitSessionUpdate();

        assertThat(session.get("type").asText()).isEqualTo("realtime");
        assertThat(session.get("model").asText()).isEqualTo("gpt-realtime");
        assertThat(session.get("instructions").asText()).isEqualTo("You are the receptionist of Example Dental.");
        assertThat(session.get("output_modalities")).containsExactly(mapper.readTree("\"audio\""));
        JsonNode input = session.get("audio").get("input");
        assertThat(input.get("format")).isEqualTo(mapper.readTree("{\"type\":\"audio/pcmu\"}"));
        assertThat(input.get("noise_reduction").get("type").asText()).isEqualTo("near_field");
        assertThat(input.get("transcription").get("model").asText()).isEqualTo("gpt-4o-mini-transcribe");
        assertThat(input.get("transcription").get("language").asText()).isEqualTo("en");
        assertThat(input.get("turn_detection").get("type").asText()).isEqualTo("server_vad");
        assertThat(input.get("turn_detection").get("create_response").asBoolean()).isTrue();
        assertThat(input.get("turn_detection").get("interrupt_response").asBoolean()).isTrue();
        JsonNode output = session.get("audio").get("output");
        assertThat(output.get("format")).isEqualTo(mapper.readTree("{\"type\":\"audio/pcmu\"}"));
        assertThat(output.get("voice").asText()).isEqualTo("marin");
        assertThat(session.get("tools")).hasSize(2);
        JsonNode hours = session.get("tools").get(0);
        assertThat(hours.get("type").asText()).isEqualTo("function");
        assertThat(hours.get("name").asText()).isEqualTo("get_business_hours");
        assertThat(hours.get("description").asText()).isEqualTo("Opening hours of the business.");
        assertThat(hours.get("parameters")).isEqualTo(mapper.readTree(HOURS_SCHEMA));
        assertThat(session.get("tool_choice").asText()).isEqualTo("auto");
        call.awaitSessionUpdated();
        assertThat(call.errorsSent()).isEmpty();
    }

    @Test
    void greetsFirstAndPassesTheAgentAudioThroughUnchanged() {
        start(setup(Optional.of(GREETING)));
        FakeRealtimeConnection call = server.awaitConnection();

        RecordedEvent create = call.awaitReceived("response.create");
        FakeResponse greeting = call.awaitResponse(0);
        greeting.awaitDone();
        events.await(AgentTurnEnded.class);

        assertThat(create.json().get("response").get("instructions").asText()).contains(GREETING);
        assertThat(create.sequence()).isGreaterThan(call.awaitSent("session.updated").sequence());
        String itemId = greeting.audioItemId().orElseThrow();
        assertThat(events.all(AgentAudio.class)).allSatisfy(audio -> assertThat(audio.itemRef()).isEqualTo(itemId));
        assertThat(events.all(AgentAudio.class).stream().map(audio -> audio.audio().base64()))
                .containsExactlyElementsOf(greeting.deltasSent());
        assertThat(events.all(AgentAudioSegmentEnded.class)).containsExactly(new AgentAudioSegmentEnded(itemId));
        assertThat(events.all(AgentTranscript.class))
                .containsExactly(new AgentTranscript(FakeRealtimeOptions.DEFAULT_REPLY_TRANSCRIPT, true));
        assertThat(events.all(AgentTurnEnded.class)).containsExactly(new AgentTurnEnded(false));
        assertThat(call.errorsSent()).isEmpty();
    }

    @Test
    void reportsTokenUsageBeforeTheTurnEnds() {
        start(setup(Optional.of(GREETING)));
        FakeRealtimeConnection call = server.awaitConnection();
        events.await(AgentTurnEnded.class);

        JsonNode usage = call.awaitSent("response.done").json().get("response").get("usage");
        List<EngineEvent> all = events.all();
        Usage reported = events.await(Usage.class);
        assertThat(all.indexOf(reported)).isLessThan(all.indexOf(new AgentTurnEnded(false)));
        assertThat(reported).isEqualTo(new Usage(
                usage.get("input_token_details").get("audio_tokens").asLong(),
                usage.get("input_token_details").get("text_tokens").asLong(),
                usage.get("input_token_details").get("cached_tokens").asLong(),
                usage.get("output_token_details").get("audio_tokens").asLong(),
                usage.get("output_token_details").get("text_tokens").asLong(),
                Duration.ZERO));
        assertThat(reported.outputAudioTokens()).isPositive();
    }

    @Test
    void deliversEventsOneAtATimeOnTheSharedSessionThreads() {
        start(setup(Optional.of(GREETING)));
        FakeRealtimeConnection call = server.awaitConnection();
        events.await(AgentTurnEnded.class);
        call.speechStarted();
        call.speechStopped();
        events.awaitCount(AgentTurnEnded.class, 2);

        assertThat(events.mostDeliveredAtOnce()).isEqualTo(1);
        assertThat(events.threads()).allSatisfy(name -> assertThat(name).startsWith("realtime-sessions-"));
    }

    @Test
    void forwardsCallerAudioExactlyAsGivenOnceTheSessionSpeaksMulaw() {
        server.options().slowStart(Duration.ofMillis(300));
        start(setup(Optional.empty()));
        List<String> early = frames(5, 1);
        early.forEach(frame -> session.sendCallerAudio(new MulawAudio(frame)));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();
        // whether these overtake the engine's switch to "ready" or not, they keep their order
        List<String> later = frames(20, 2);
        later.forEach(frame -> session.sendCallerAudio(new MulawAudio(frame)));

        List<String> all = new ArrayList<>(early);
        all.addAll(later);
        call.awaitReceived("input_audio_buffer.append", json -> json.get("audio").asText().equals(all.get(24)));
        List<RecordedEvent> appends = call.received("input_audio_buffer.append");
        assertThat(call.appendedAudio()).containsExactlyElementsOf(all);
        assertThat(appends.get(0).text()).isEqualTo("{\"type\":\"input_audio_buffer.append\",\"audio\":\""
                + early.get(0) + "\"}");
        assertThat(appends.get(0).sequence()).isGreaterThan(call.awaitSent("session.updated").sequence());
        assertThat(call.errorsSent()).isEmpty();
    }

    @Test
    void holdsOnlyTheNewestSecondOfCallerAudioBeforeTheSessionIsReady() {
        server.options().slowStart(Duration.ofMillis(500));
        start(setup(Optional.of(GREETING)));
        List<String> early = frames(60, 3);
        early.forEach(frame -> session.sendCallerAudio(new MulawAudio(frame)));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitReceived("response.create"); // sent once the engine let caller audio through
        String marker = frames(1, 4).get(0);
        session.sendCallerAudio(new MulawAudio(marker));

        call.awaitReceived("input_audio_buffer.append", json -> json.get("audio").asText().equals(marker));
        List<String> expected = new ArrayList<>(early.subList(10, 60));
        expected.add(marker);
        assertThat(call.appendedAudio()).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsCallerSpeechAndBothTranscripts() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();
        call.nextReply(Reply.audio(Duration.ofMillis(500), "We open at nine."));

        call.speechStarted();
        call.speechStopped();
        call.callerTranscript("When do you open tomorrow?");

        events.await(CallerSpeechStarted.class);
        events.await(CallerSpeechStopped.class);
        assertThat(events.await(CallerTranscript.class))
                .isEqualTo(new CallerTranscript("When do you open tomorrow?", true));
        assertThat(events.await(AgentTranscript.class)).isEqualTo(new AgentTranscript("We open at nine.", true));
    }

    @Test
    void runsAToolAndAsksForTheReplyOnlyOnceTheActiveResponseIsOver() throws Exception {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        FakeResponse asking = call.callFunction("get_business_hours", "{\"day\":\"today\"}");
        ToolCall toolCall = events.await(ToolCall.class);
        assertThat(toolCall).isEqualTo(new ToolCall(asking.callId().orElseThrow(), "get_business_hours",
                "{\"day\":\"today\"}"));
        FakeResponse talking = call.respondWithAudio(Duration.ofSeconds(60), "Let me look that up.");
        events.await(AgentAudio.class, audio -> audio.itemRef().equals(talking.audioItemId().orElseThrow()));

        session.submitToolResult(toolCall.callId(), "{\"open\":true,\"hours\":\"9-17\"}", true);
        JsonNode output = call.awaitReceived("conversation.item.create",
                json -> json.get("item").get("type").asText().equals("function_call_output")).json().get("item");
        call.speechStarted(0);
        RecordedEvent create = call.awaitReceived("response.create");

        assertThat(output.get("call_id").asText()).isEqualTo(toolCall.callId());
        assertThat(mapper.readTree(output.get("output").asText()))
                .isEqualTo(mapper.readTree("{\"open\":true,\"hours\":\"9-17\"}"));
        RecordedEvent talkingDone = call.awaitSent("response.done",
                json -> json.get("response").get("id").asText().equals(talking.id()));
        assertThat(create.sequence()).isGreaterThan(talkingDone.sequence());
        call.awaitResponse(2).awaitDone();
        assertThat(call.errorsSent()).isEmpty();
        assertThat(events.all(EngineError.class)).isEmpty();
    }

    @Test
    void addsAToolResultWithoutAskingForAReply() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();
        call.callFunction("end_call", "{}");
        ToolCall toolCall = events.await(ToolCall.class);

        session.submitToolResult(toolCall.callId(), "{\"ok\":true}", false);
        session.addContext("Caller ID: +15551234567", ContextKind.FACT);

        call.awaitReceived("conversation.item.create", json -> json.get("item").get("type").asText().equals("message"));
        assertThat(call.received("conversation.item.create")).hasSize(2);
        assertThat(call.received("response.create")).isEmpty();
    }

    @Test
    void neverRunsTheToolCallsOfACancelledResponse() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        call.respond(Reply.functionCall("end_call", "{}").cancelledAtEnd()).awaitDone();
        events.await(AgentTurnEnded.class, AgentTurnEnded::interrupted);
        call.callFunction("get_business_hours", "{}");
        events.awaitCount(AgentTurnEnded.class, 2);

        assertThat(call.sent("response.function_call_arguments.done")).hasSize(2);
        assertThat(events.all(ToolCall.class)).extracting(ToolCall::name).containsExactly("get_business_hours");
    }

    @Test
    void dropsTheLateAudioOfAnInterruptedReplyAndTruncatesToWhatTheCallerHeard() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();
        FakeResponse reply = call.respondWithAudio(Duration.ofSeconds(60), "A long explanation.");
        events.awaitCount(AgentAudio.class, 3);

        call.speechStarted(3);
        assertThat(reply.awaitDone()).isEqualTo("cancelled");
        events.await(AgentTurnEnded.class);

        assertThat(reply.lateDeltas()).hasSize(3);
        assertThat(events.await(CallerSpeechStarted.class)).isNotNull();
        assertThat(events.all(AgentAudio.class).stream().map(audio -> audio.audio().base64()))
                .containsExactlyElementsOf(reply.deltasBeforeCutOff());
        assertThat(events.all(AgentTurnEnded.class)).containsExactly(new AgentTurnEnded(true));

        String itemId = reply.audioItemId().orElseThrow();
        session.reportPlayback(itemId, Duration.ofMinutes(5));
        session.reportPlayback(itemId, Duration.ofNanos(150_700_000));
        call.awaitSent("conversation.item.truncated");

        List<RecordedEvent> truncates = call.received("conversation.item.truncate");
        assertThat(truncates).hasSize(1);
        assertThat(truncates.get(0).json().get("item_id").asText()).isEqualTo(itemId);
        assertThat(truncates.get(0).json().get("content_index").asInt()).isZero();
        assertThat(truncates.get(0).json().get("audio_end_ms").isIntegralNumber()).isTrue();
        assertThat(truncates.get(0).json().get("audio_end_ms").asLong()).isEqualTo(150);
        assertThat(call.errorsSent()).isEmpty();
    }

    @Test
    void cancelsOnlyAReplyThatIsBeingGenerated() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        session.cancelAgentSpeech();
        session.addContext("Caller ID: +15551234567", ContextKind.FACT);
        call.awaitReceived("conversation.item.create");
        FakeResponse reply = call.respondWithAudio(Duration.ofSeconds(60), "A long explanation.");
        events.await(AgentAudio.class);
        session.cancelAgentSpeech();

        RecordedEvent cancel = call.awaitReceived("response.cancel");
        assertThat(reply.awaitDone()).isEqualTo("cancelled");
        assertThat(reply.cancelReason()).contains("client_cancelled");
        assertThat(call.received("response.cancel")).containsExactly(cancel);
        assertThat(cancel.json().get("response_id").asText()).isEqualTo(reply.id());
        assertThat(events.await(AgentTurnEnded.class)).isEqualTo(new AgentTurnEnded(true));
        assertThat(call.errorsSent()).isEmpty();
    }

    @Test
    void queuesSayBehindTheActiveReplyAndSendsCallerTextAsAUserMessage() {
        start(setup(Optional.of(GREETING)));
        FakeRealtimeConnection call = server.awaitConnection();
        events.await(AgentAudio.class);

        session.say("Tell the caller that the office is closed today.");
        session.sendCallerText("Can I book a cleaning?");
        call.awaitResponse(2).awaitDone();

        List<RecordedEvent> creates = call.received("response.create");
        assertThat(creates).hasSize(3);
        assertThat(creates.get(1).json().get("response").get("instructions").asText())
                .contains("Tell the caller that the office is closed today.");
        assertThat(creates.get(2).json().has("response")).isFalse();
        JsonNode userMessage = call.awaitReceived("conversation.item.create").json().get("item");
        assertThat(userMessage.get("role").asText()).isEqualTo("user");
        assertThat(userMessage.get("content").get(0).get("type").asText()).isEqualTo("input_text");
        assertThat(userMessage.get("content").get(0).get("text").asText()).isEqualTo("Can I book a cleaning?");
        assertThat(call.errorsSent()).isEmpty();
    }

    @Test
    void addsContextAsASystemMessage() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();

        session.addContext("Never discuss prices.", ContextKind.RULE);

        JsonNode item = call.awaitReceived("conversation.item.create").json().get("item");
        assertThat(item.get("type").asText()).isEqualTo("message");
        assertThat(item.get("role").asText()).isEqualTo("system");
        assertThat(item.get("content").get(0).get("type").asText()).isEqualTo("input_text");
        assertThat(item.get("content").get(0).get("text").asText()).isEqualTo("Never discuss prices.");
        assertThat(call.errorsSent()).isEmpty();
    }

    @Test
    void reportsARejectedClientEventAsANonFatalErrorAndCarriesOn() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        session.submitToolResult("call_unknown", "{}", false);

        EngineError error = events.await(EngineError.class);
        assertThat(call.errorsSent()).hasSize(1);
        assertThat(error.fatal()).isFalse();
        assertThat(error.code()).isEqualTo(call.errorsSent().get(0).get("code").asText());
        call.respondWithAudio(Duration.ofMillis(300), "Still here.");
        assertThat(events.await(AgentTranscript.class).text()).isEqualTo("Still here.");
        assertThat(events.all(Ended.class)).isEmpty();
    }

    @Test
    void retriesAReplyRequestThatLostTheRaceToAnotherResponse() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();
        call.nextReply(Reply.audio(Duration.ofSeconds(30), "A reply the caller started."));

        session.say("Tell the caller about parking.");
        RecordedEvent refused = call.awaitReceived("response.create");
        call.sendRaw("{\"type\":\"error\",\"event_id\":\"event_raw\",\"error\":{\"type\":\"invalid_request_error\","
                + "\"code\":\"conversation_already_has_active_response\",\"message\":\"Conversation already has an "
                + "active response in progress.\",\"param\":null,\"event_id\":\"" + refused.field("event_id") + "\"}}");
        events.await(AgentAudio.class);
        call.speechStarted(0);
        RecordedEvent retried = call.awaitReceived("response.create", json -> json.get("event_id") != null
                && !json.get("event_id").asText().equals(refused.field("event_id")));

        assertThat(retried.json().get("response").get("instructions").asText())
                .contains("Tell the caller about parking.");
        assertThat(retried.sequence()).isGreaterThan(call.awaitSent("response.done").sequence());
        assertThat(events.all(EngineError.class)).isEmpty();
    }

    @Test
    void ignoresUnknownEventsAndTheOlderItemCreatedName() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        call.sendRaw("{\"type\":\"conversation.item.created\",\"event_id\":\"e1\",\"previous_item_id\":null,"
                + "\"item\":{\"id\":\"item_x\",\"type\":\"message\",\"role\":\"user\",\"content\":[]}}");
        call.sendRaw("{\"type\":\"conversation.item.added\",\"event_id\":\"e2\",\"item\":{\"id\":\"item_y\"}}");
        call.sendRaw("{\"type\":\"session.future_feature\",\"event_id\":\"e3\",\"whatever\":[1,2,{}]}");
        call.sendRaw("not json at all");
        call.respondWithAudio(Duration.ofMillis(200), "Still fine.");

        assertThat(events.await(AgentTranscript.class).text()).isEqualTo("Still fine.");
        assertThat(events.all(EngineError.class)).isEmpty();
    }

    @Test
    void treatsAnErrorBeforeTheSessionIsReadyAsFatal() {
        server.options().slowStart(Duration.ofMillis(500));
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();

        call.sendError("invalid_request_error", "invalid_value", "Invalid session configuration.");

        EngineError error = events.await(EngineError.class);
        assertThat(error.fatal()).isTrue();
        assertThat(error.code()).isEqualTo("invalid_value");
        assertThat(events.await(Ended.class).reason()).isEqualTo("failed");
    }

    @Test
    void treatsAServerErrorAsFatal() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        call.sendError("server_error", null, "The server had an error while processing your request.");

        assertThat(events.await(EngineError.class).fatal()).isTrue();
        assertThat(events.await(Ended.class).reason()).isEqualTo("failed");
        assertThat(call.awaitClosed()).isNotEqualTo(1000);
    }

    @Test
    void failsWhenTheSessionIsNotReadyWithinTheConnectTimeout() {
        server.options().slowStart(Duration.ofSeconds(5));
        start(setup(Optional.of(GREETING)));

        Ended ended = events.await(Ended.class);

        List<EngineEvent> all = events.all();
        assertThat(all).hasSize(2);
        assertThat(all.get(0)).isInstanceOfSatisfying(EngineError.class, error -> {
            assertThat(error.fatal()).isTrue();
            assertThat(error.code()).isEqualTo("connect_timeout");
        });
        assertThat(ended.reason()).isEqualTo("failed");
        assertThat(all.get(1)).isEqualTo(ended);
    }

    @Test
    void failsWhenTheConnectionDropsDuringACall() throws InterruptedException {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        call.drop();
        String frame = frames(1, 7).get(0);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events.all(Ended.class).isEmpty() && System.nanoTime() < deadline) {
            session.sendCallerAudio(new MulawAudio(frame));
            Thread.sleep(20);
        }

        assertEndedByOneFatalError();
    }

    @Test
    void failsWhenAnIdleConnectionDrops() {
        OpenAiRealtimeEngine engine = new OpenAiRealtimeEngine(new OpenAiRealtimeSettings(server.url(),
                server.apiKey(), "gpt-realtime", Duration.ofSeconds(3)), HttpClient.newHttpClient(),
                Duration.ofMillis(200));
        session = engine.start(setup(Optional.empty()), events);
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        call.drop();

        events.await(Ended.class);
        assertEndedByOneFatalError();
    }

    private void assertEndedByOneFatalError() {
        Ended ended = events.await(Ended.class);
        List<EngineEvent> all = events.all();
        assertThat(ended.reason()).isEqualTo("failed");
        assertThat(all.get(all.size() - 1)).isEqualTo(ended);
        assertThat(events.all(EngineError.class)).singleElement()
                .satisfies(error -> assertThat(error.fatal()).isTrue());
    }

    @Test
    void failsWhenTheServerClosesTheSession() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        call.close(1000, "session expired");

        assertThat(events.await(EngineError.class).fatal()).isTrue();
        assertThat(events.await(Ended.class).reason()).isEqualTo("failed");
    }

    @Test
    void failsWhenTheKeyIsRefused() {
        OpenAiRealtimeEngine engine = new OpenAiRealtimeEngine(new OpenAiRealtimeSettings(server.url(), "wrong-key",
                "gpt-realtime", Duration.ofSeconds(3)));
        session = engine.start(setup(Optional.empty()), events);

        EngineError error = events.await(EngineError.class);
        assertThat(error.fatal()).isTrue();
        assertThat(error.code()).isEqualTo("connect_failed");
        events.await(Ended.class);
        assertThat(server.refusedHandshakes()).isEqualTo(1);
    }

    @Test
    void failsWhenTheSessionDoesNotSpeakMulaw() {
        server.options().ignoreRequestedAudioFormat();
        start(setup(Optional.of(GREETING)));
        session.sendCallerAudio(new MulawAudio(frames(1, 5).get(0)));
        FakeRealtimeConnection call = server.awaitConnection();

        EngineError error = events.await(EngineError.class);
        events.await(Ended.class);
        call.awaitClosed();

        assertThat(error.fatal()).isTrue();
        assertThat(error.code()).isEqualTo("unsupported_audio_format");
        assertThat(call.received("input_audio_buffer.append")).isEmpty();
        assertThat(call.received("response.create")).isEmpty();
    }

    @Test
    void endClosesNormallyAndEndsOnce() {
        start(setup(Optional.empty()));
        FakeRealtimeConnection call = server.awaitConnection();
        call.awaitSessionUpdated();

        session.end();
        session.end();

        assertThat(events.await(Ended.class).reason()).isEqualTo("ended");
        assertThat(call.awaitClosed()).isEqualTo(1000);
        session.sendCallerAudio(new MulawAudio(frames(1, 6).get(0)));
        session.say("Anything.");
        session.end();
        assertThat(events.all(Ended.class)).hasSize(1);
        assertThat(events.all(EngineError.class)).isEmpty();
        assertThat(call.received("response.create")).isEmpty();
    }

    @Test
    void settingsDefaultToTheGaEndpointAndHideTheKey() {
        OpenAiRealtimeSettings settings = OpenAiRealtimeSettings.withDefaults("sk-secret");

        assertThat(settings.endpoint()).isEqualTo(URI.create("wss://api.openai.com/v1/realtime?model=gpt-realtime"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.toString()).doesNotContain("sk-secret");
    }

    private OpenAiRealtimeEngine engine() {
        return new OpenAiRealtimeEngine(new OpenAiRealtimeSettings(server.url(), server.apiKey(), "gpt-realtime",
                OpenAiRealtimeSettings.DEFAULT_CONNECT_TIMEOUT));
    }

    private void start(CallSetup setup) {
        session = engine().start(setup, events);
    }

    private static CallSetup setup(Optional<String> greeting) {
        return new CallSetup("You are the receptionist of Example Dental.", "marin", "en-US", TOOLS, greeting);
    }

    /** 20 ms μ-law frames (160 bytes, 216 base64 characters), different for every seed. */
    private static List<String> frames(int count, long seed) {
        Random random = new Random(seed);
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] frame = new byte[160];
            random.nextBytes(frame);
            frames.add(Base64.getEncoder().encodeToString(frame));
        }
        return frames;
    }
}
