package ai.tavari.adapters.ai.openai;

import ai.tavari.adapters.ai.openai.ResponseTracker.Request;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ContextKind;
import ai.tavari.application.port.out.conversation.ConversationSession;
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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One call's Realtime session. All state is touched by one task at a time ({@link SessionExecutor}):
 * server events, the operations of the port and timers are all handed to it, so events leave in
 * order and nothing here needs a lock. Only caller audio bypasses it, straight into the send queue.
 */
final class RealtimeSession implements ConversationSession {
    static final String ENDED_NORMALLY = "ended";
    static final String ENDED_BY_FAILURE = "failed";

    private static final System.Logger LOG = System.getLogger(RealtimeSession.class.getName());
    private static final String MULAW = "audio/pcmu";
    private static final String ACTIVE_RESPONSE = "conversation_already_has_active_response";
    private static final String CANCEL_NOT_ACTIVE = "response_cancel_not_active";
    private static final Set<String> FATAL_CODES = Set.of("beta_api_shape_disabled", "session_expired",
            "invalid_api_key", "insufficient_quota");
    /** How long a normal close may wait for the server's answer before the socket is cut. */
    private static final long CLOSE_GRACE_MILLIS = 5_000;

    private enum Phase { CONNECTING, AWAITING_SESSION, CONFIGURING, READY, ENDED }

    private final OpenAiRealtimeSettings settings;
    private final Duration keepAlive;
    private final CallSetup setup;
    private final Consumer<EngineEvent> events;
    private final ClientEvents clientEvents;
    private final ServerEventParser parser;
    private final String sessionUpdate;
    private final SessionExecutor tasks = new SessionExecutor();
    private final SendQueue sends;
    private final CallerAudioGate callerAudio;
    private final ResponseTracker responses = new ResponseTracker();
    private final AgentAudioLedger agentAudio = new AgentAudioLedger();
    private final ToolCallCollector toolCalls = new ToolCallCollector();
    private final List<String> heldUntilReady = new ArrayList<>();
    private Phase phase = Phase.CONNECTING;
    private WebSocket socket;
    private volatile boolean ended;

    RealtimeSession(OpenAiRealtimeSettings settings, CallSetup setup, Consumer<EngineEvent> events,
                    RealtimeJson json, Duration keepAlive) {
        this.settings = settings;
        this.keepAlive = keepAlive;
        this.setup = setup;
        this.events = events;
        this.clientEvents = new ClientEvents(json);
        this.parser = new ServerEventParser(json.parsers);
        this.sessionUpdate = clientEvents.sessionUpdate(settings.model(), setup);
        this.sends = new SendQueue(failure -> tasks.execute(() -> fail("connection_lost",
                "sending failed: " + unwrap(failure))));
        this.callerAudio = new CallerAudioGate(sends);
        setup.greeting().ifPresent(greeting -> responses.request(new Request(greetingInstructions(greeting))));
    }

    void connect(HttpClient client) {
        client.newWebSocketBuilder()
                .header("Authorization", "Bearer " + settings.apiKey())
                .connectTimeout(settings.connectTimeout())
                .buildAsync(settings.endpoint(), new RealtimeSocketListener(this))
                .whenComplete((webSocket, failure) -> {
                    if (failure != null) {
                        tasks.execute(() -> fail("connect_failed", describeConnectFailure(failure)));
                    }
                });
        CompletableFuture.delayedExecutor(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS, tasks)
                .execute(this::connectTimedOut);
    }

    // ---- the port ----

    @Override
    public void sendCallerAudio(MulawAudio audio) {
        if (ended) {
            return;
        }
        if (!ClientEvents.isPlainBase64(audio.base64())) {
            LOG.log(System.Logger.Level.DEBUG, "caller audio frame that is not base64 dropped");
            return;
        }
        callerAudio.offer(audio);
    }

    @Override
    public void sendCallerText(String text) {
        Objects.requireNonNull(text, "text");
        tasks.execute(() -> {
            sendWhenReady(clientEvents.userText(text));
            requestResponse(null);
        });
    }

    @Override
    public void addContext(String text, ContextKind kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        // Rules and facts alike become system messages: the Realtime API has one kind of context item.
        tasks.execute(() -> sendWhenReady(clientEvents.systemText(text)));
    }

    @Override
    public void say(String instruction) {
        Objects.requireNonNull(instruction, "instruction");
        tasks.execute(() -> requestResponse(setup.instructions() + "\n\nFor this reply: " + instruction));
    }

    @Override
    public void submitToolResult(String toolCallId, String resultJson, boolean agentReplies) {
        Objects.requireNonNull(toolCallId, "toolCallId");
        Objects.requireNonNull(resultJson, "resultJson");
        tasks.execute(() -> {
            sendWhenReady(clientEvents.functionCallOutput(toolCallId, resultJson));
            if (agentReplies) {
                requestResponse(null);
            }
        });
    }

    @Override
    public void reportPlayback(String itemRef, Duration played) {
        Objects.requireNonNull(itemRef, "itemRef");
        Objects.requireNonNull(played, "played");
        tasks.execute(() -> {
            if (phase != Phase.READY) {
                return;
            }
            long received = agentAudio.receivedMillis(itemRef);
            long heard = Math.max(0, played.toMillis());
            if (heard < received) {
                sends.send(clientEvents.truncate(itemRef, heard));
            }
        });
    }

    @Override
    public void cancelAgentSpeech() {
        tasks.execute(() -> {
            if (phase == Phase.READY) {
                responses.cutOffActive().ifPresent(id -> sends.send(clientEvents.responseCancel(id)));
            }
        });
    }

    @Override
    public void end() {
        tasks.execute(() -> finish(ENDED_NORMALLY, false));
    }

    // ---- the socket (called by the listener) ----

    void socketOpened(WebSocket webSocket) {
        if (ended || !tasks.offer(() -> opened(webSocket))) {
            webSocket.abort();
        }
    }

    void messageReceived(String text) {
        tasks.execute(() -> handle(text));
    }

    void socketClosed(int statusCode, String reason) {
        tasks.execute(() -> fail("connection_closed", "the server closed the session (" + statusCode
                + (reason == null || reason.isEmpty() ? "" : ", " + reason) + ")"));
    }

    void socketFailed(Throwable error) {
        tasks.execute(() -> fail("connection_lost", "the connection broke: " + error));
    }

    // ---- one task at a time, on the session executor ----

    private void opened(WebSocket webSocket) {
        if (phase == Phase.ENDED) {
            webSocket.abort();
            return;
        }
        socket = webSocket;
        sends.attach(webSocket);
        phase = Phase.AWAITING_SESSION;
        scheduleKeepAlive();
    }

    private void scheduleKeepAlive() {
        CompletableFuture.delayedExecutor(keepAlive.toMillis(), TimeUnit.MILLISECONDS, tasks).execute(() -> {
            if (phase == Phase.ENDED) {
                return;
            }
            socket.sendPing(ByteBuffer.allocate(0)).whenComplete((ignored, failure) -> {
                // A ping still pending (or a pong the client is sending) is no sign of trouble.
                if (failure != null && !(unwrap(failure) instanceof IllegalStateException)) {
                    tasks.execute(() -> fail("connection_lost", "the connection broke: " + unwrap(failure)));
                }
            });
            scheduleKeepAlive();
        });
    }

    private void connectTimedOut() {
        if (phase != Phase.READY && phase != Phase.ENDED) {
            fail("connect_timeout", "no session ready within " + settings.connectTimeout().toMillis() + " ms");
        }
    }

    private void handle(String text) {
        if (phase == Phase.ENDED) {
            return;
        }
        ServerEvent event;
        try {
            event = parser.parse(text);
        } catch (RuntimeException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "unreadable server event ignored", unreadable);
            return;
        }
        if (event == null) {
            return;
        }
        switch (event.type()) {
            case "response.output_audio.delta" -> onAgentAudio(event);
            case "session.created" -> onSessionCreated();
            case "session.updated" -> onSessionUpdated(event);
            case "response.created" -> responses.started(ServerEvent.text(event.object("response"), "id"));
            case "response.output_audio.done" -> deliver(new AgentAudioSegmentEnded(event.string("item_id")));
            case "response.output_audio_transcript.done" -> onAgentTranscript(event);
            case "input_audio_buffer.speech_started" -> onCallerSpeechStarted(event);
            case "input_audio_buffer.speech_stopped" ->
                    deliver(new CallerSpeechStopped(Duration.ofMillis(event.number("audio_end_ms", 0))));
            case "conversation.item.input_audio_transcription.completed" -> onCallerTranscript(event);
            case "response.function_call_arguments.done" -> toolCalls.announced(event.string("response_id"),
                    event.string("call_id"), event.string("name"), event.string("arguments"));
            case "response.done" -> onResponseDone(event);
            case "error" -> onError(event);
            // The GA name and the older one announce the same thing; neither carries what the port needs.
            case "conversation.item.added", "conversation.item.created" -> { }
            default -> { }
        }
    }

    private void onSessionCreated() {
        if (phase == Phase.AWAITING_SESSION) {
            sends.send(sessionUpdate);
            phase = Phase.CONFIGURING;
        }
    }

    private void onSessionUpdated(ServerEvent event) {
        if (phase != Phase.CONFIGURING) {
            return;
        }
        JsonObject audio = ServerEvent.object(event.object("session"), "audio");
        String input = formatType(ServerEvent.object(audio, "input"));
        String output = formatType(ServerEvent.object(audio, "output"));
        if (!MULAW.equals(input) || !MULAW.equals(output)) {
            fail("unsupported_audio_format", "the session does not use " + MULAW + " both ways (input "
                    + input + ", output " + output + ")");
            return;
        }
        phase = Phase.READY;
        callerAudio.open();
        heldUntilReady.forEach(sends::send);
        heldUntilReady.clear();
        sendNextResponse();
    }

    private void onAgentAudio(ServerEvent event) {
        String delta = event.delta();
        if (delta == null || responses.isCutOff(event.string("response_id"))) {
            return;
        }
        String itemId = event.string("item_id");
        agentAudio.received(itemId, delta);
        deliver(new AgentAudio(itemId, new MulawAudio(delta)));
    }

    private void onAgentTranscript(ServerEvent event) {
        String transcript = event.string("transcript");
        if (transcript != null) {
            deliver(new AgentTranscript(transcript, true));
        }
    }

    private void onCallerTranscript(ServerEvent event) {
        String transcript = event.string("transcript");
        if (transcript != null) {
            deliver(new CallerTranscript(transcript, true));
        }
    }

    private void onCallerSpeechStarted(ServerEvent event) {
        // The server cancels the reply itself (interrupt_response); deltas already on the way are dropped.
        responses.cutOffActive();
        deliver(new CallerSpeechStarted(Duration.ofMillis(event.number("audio_start_ms", 0))));
    }

    private void onResponseDone(ServerEvent event) {
        JsonObject response = event.object("response");
        if (response == null) {
            return;
        }
        String id = ServerEvent.text(response, "id");
        String status = ServerEvent.text(response, "status");
        responses.finished(id);
        JsonObject usage = ServerEvent.object(response, "usage");
        if (usage != null) {
            deliver(usage(usage));
        }
        if ("completed".equals(status)) {
            JsonValue output = response.get("output");
            for (ToolCall call : toolCalls.completed(id, output instanceof JsonArray ? (JsonArray) output : null)) {
                deliver(call);
            }
        } else {
            toolCalls.discarded(id);
        }
        if ("failed".equals(status)) {
            deliver(new EngineError("response_failed", String.valueOf(response.get("status_details")), false));
        }
        deliver(new AgentTurnEnded("cancelled".equals(status)));
        sendNextResponse();
    }

    private void onError(ServerEvent event) {
        JsonObject error = event.object("error");
        String type = ServerEvent.text(error, "type");
        String code = ServerEvent.text(error, "code");
        String message = ServerEvent.text(error, "message");
        String clientEventId = ServerEvent.text(error, "event_id");
        if (responses.isOurs(clientEventId)) {
            boolean lostRace = ACTIVE_RESPONSE.equals(code);
            responses.refused(clientEventId, lostRace);
            sendNextResponse();
            if (lostRace) {
                return; // another reply started first (the caller spoke): ours goes out after it
            }
        }
        if (CANCEL_NOT_ACTIVE.equals(code)) {
            return; // the reply ended on its own before the cancel arrived
        }
        boolean fatal = phase != Phase.READY || "server_error".equals(type) || FATAL_CODES.contains(code);
        String reportedCode = code != null ? code : type != null ? type : "error";
        String reportedMessage = message != null ? message : "";
        if (fatal) {
            fail(reportedCode, reportedMessage);
        } else {
            deliver(new EngineError(reportedCode, reportedMessage, false));
        }
    }

    private void sendWhenReady(String clientEvent) {
        if (phase == Phase.READY) {
            sends.send(clientEvent);
        } else if (phase != Phase.ENDED) {
            heldUntilReady.add(clientEvent);
        }
    }

    private void requestResponse(String instructions) {
        if (phase == Phase.ENDED) {
            return;
        }
        responses.request(new Request(instructions));
        sendNextResponse();
    }

    private void sendNextResponse() {
        if (phase == Phase.READY) {
            responses.next().ifPresent(outgoing -> sends.send(
                    clientEvents.responseCreate(outgoing.eventId(), outgoing.request().instructions())));
        }
    }

    private void fail(String code, String message) {
        if (phase == Phase.ENDED) {
            return;
        }
        deliver(new EngineError(code, message, true));
        finish(ENDED_BY_FAILURE, true);
    }

    private void finish(String reason, boolean abort) {
        if (phase == Phase.ENDED) {
            return;
        }
        phase = Phase.ENDED;
        ended = true;
        callerAudio.shut();
        WebSocket webSocket = socket;
        if (abort) {
            sends.abandon();
            if (webSocket != null) {
                webSocket.abort();
            }
        } else {
            sends.closeNormally();
            if (webSocket != null) {
                CompletableFuture.delayedExecutor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
                    if (!webSocket.isInputClosed()) {
                        webSocket.abort();
                    }
                });
            }
        }
        deliver(new Ended(reason));
        tasks.shutdown();
    }

    private void deliver(EngineEvent event) {
        try {
            events.accept(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "event consumer failed on " + event.getClass().getSimpleName(), e);
        }
    }

    private String greetingInstructions(String greeting) {
        return setup.instructions() + "\n\nThe caller has just been connected. Open the call with this greeting, "
                + "word for word: \"" + greeting + "\"";
    }

    private static String formatType(JsonObject direction) {
        return ServerEvent.text(ServerEvent.object(direction, "format"), "type");
    }

    private static Usage usage(JsonObject usage) {
        JsonObject input = ServerEvent.object(usage, "input_token_details");
        JsonObject output = ServerEvent.object(usage, "output_token_details");
        // Realtime bills tokens per reply, not session time.
        return new Usage(ServerEvent.number(input, "audio_tokens"), ServerEvent.number(input, "text_tokens"),
                ServerEvent.number(input, "cached_tokens"), ServerEvent.number(output, "audio_tokens"),
                ServerEvent.number(output, "text_tokens"), Duration.ZERO);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String describeConnectFailure(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof WebSocketHandshakeException) {
            return "the server refused the connection with HTTP "
                    + ((WebSocketHandshakeException) cause).getResponse().statusCode();
        }
        return "could not connect: " + cause;
    }
}
