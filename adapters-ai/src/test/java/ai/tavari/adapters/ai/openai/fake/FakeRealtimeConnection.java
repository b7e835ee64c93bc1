package ai.tavari.adapters.ai.openai.fake;

import ai.tavari.adapters.ai.openai.fake.RecordedEvent.Direction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * One client session on the fake Realtime server: the server side of the GA protocol, plus the
 * script a test drives it with. Every client event is validated against the published schema and
 * against the API's rules (one active response, cancel needs a response, truncate within the audio
 * generated, function output for a known call); a violation is answered with an {@code error} event
 * like the real one. Error codes the wire reference does not name are this fake's choice.
 *
 * <p>All protocol work runs on one script thread per connection, so responses stream, get cut off
 * and finish in a well-defined order. The scripting methods wait until their step has been sent.
 */
public final class FakeRealtimeConnection {
    static final String BETA_SHAPE_MESSAGE =
            "The Realtime Beta API is no longer supported. Please use /v1/realtime for the GA API.";
    static final int BETA_CLOSE_CODE = 4000;
    private static final Duration AWAIT = Duration.ofSeconds(10);
    private static final Set<String> BETA_SESSION_FIELDS = Set.of("modalities", "input_audio_format",
            "output_audio_format", "input_audio_transcription", "input_audio_noise_reduction",
            "max_response_output_tokens");
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();

    private final WebSocket socket;
    private final Runnable wakeServer;
    private final FakeRealtimeOptions options;
    private final Map<String, String> headers;
    private final String requestPath;
    private final String model;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ClientEventValidator validator = ClientEventValidator.load();
    private final EventLog log = new EventLog();
    private final ScheduledExecutorService script;
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final List<FakeResponse> responses = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    // state below: script thread only
    private final Deque<Reply> scriptedReplies = new ArrayDeque<>();
    private final Set<String> items = new HashSet<>();
    private final Set<String> functionCalls = new HashSet<>();
    private final Map<String, Long> generatedAudioBytes = new HashMap<>();
    private ObjectNode session;
    private FakeResponse active;
    private String lastItemId;
    private String speakingItemId;
    private String lastUserItemId;
    private long appendedBytes;
    private long uncommittedBytes;
    private boolean gone;

    FakeRealtimeConnection(WebSocket socket, Runnable wakeServer, Map<String, String> headers,
                           String resourceDescriptor, FakeRealtimeOptions options) {
        this.socket = socket;
        this.wakeServer = wakeServer;
        this.headers = Map.copyOf(headers);
        this.requestPath = resourceDescriptor;
        this.model = queryParameter(resourceDescriptor, "model");
        this.options = options;
        int number = CONNECTIONS.incrementAndGet();
        this.script = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fake-realtime-" + number);
            thread.setDaemon(true);
            return thread;
        });
        this.session = defaultSession();
    }

    // ---- what the client sent and what it asked for ----

    /** The model of the {@code ?model=} query parameter. */
    public String model() {
        return model;
    }

    /** The path and query the client opened. */
    public String requestPath() {
        return requestPath;
    }

    /** A handshake header (case-insensitive), or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public List<RecordedEvent> events() {
        return log.snapshot();
    }

    public List<RecordedEvent> received() {
        return log.snapshot().stream().filter(RecordedEvent::isReceived).toList();
    }

    public List<RecordedEvent> received(String type) {
        return received().stream().filter(event -> type.equals(event.type())).toList();
    }

    public List<RecordedEvent> sent() {
        return log.snapshot().stream().filter(event -> !event.isReceived()).toList();
    }

    public List<RecordedEvent> sent(String type) {
        return sent().stream().filter(event -> type.equals(event.type())).toList();
    }

    /** The {@code error} objects this fake sent, in order. */
    public List<JsonNode> errorsSent() {
        return sent("error").stream().map(event -> event.json().get("error")).toList();
    }

    /** The {@code audio} of every {@code input_audio_buffer.append} received so far, in order, as received. */
    public List<String> appendedAudio() {
        return received("input_audio_buffer.append").stream().map(event -> event.field("audio")).toList();
    }

    public RecordedEvent awaitReceived(String type) {
        return awaitReceived(type, json -> true);
    }

    public RecordedEvent awaitReceived(String type, Predicate<JsonNode> condition) {
        return log.await(event -> event.isReceived() && type.equals(event.type()) && condition.test(event.json()),
                AWAIT, "client event " + type);
    }

    public RecordedEvent awaitSent(String type) {
        return awaitSent(type, json -> true);
    }

    public RecordedEvent awaitSent(String type, Predicate<JsonNode> condition) {
        return log.await(event -> !event.isReceived() && type.equals(event.type()) && condition.test(event.json()),
                AWAIT, "server event " + type);
    }

    /** The {@code session} object of the client's first {@code session.update}. */
    public JsonNode awaitSessionUpdate() {
        return awaitReceived("session.update").json().get("session");
    }

    /** Waits until the session was updated (the client may now expect to talk). */
    public JsonNode awaitSessionUpdated() {
        return awaitSent("session.updated").json().get("session");
    }

    /** The effective session configuration. */
    public JsonNode session() {
        return onScript(() -> session.deepCopy());
    }

    public List<FakeResponse> responses() {
        return List.copyOf(responses);
    }

    /** The n-th response of this connection (0-based), once it exists. */
    public FakeResponse awaitResponse(int index) {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (responses.size() <= index) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no response #" + index + " within " + AWAIT);
            }
            sleep(5);
        }
        return responses.get(index);
    }

    public Optional<FakeResponse> activeResponse() {
        return onScript(() -> Optional.ofNullable(active));
    }

    public boolean isOpen() {
        return socket.isOpen();
    }

    /** The close code once the connection is closed (1006 for a drop); fails after 10 s. */
    public int awaitClosed() {
        try {
            return closeCode.get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the connection was not closed within " + AWAIT, e);
        }
    }

    // ---- scripting ----

    /** The next response (client- or VAD-created) carries this instead of the default reply. */
    public FakeRealtimeConnection nextReply(Reply reply) {
        onScript(() -> scriptedReplies.add(reply));
        return this;
    }

    /** Starts a response on the server's initiative, as server VAD does at the end of a turn. */
    public FakeResponse respond(Reply reply) {
        return onScript(() -> {
            if (active != null) {
                throw new IllegalStateException("response " + active.id() + " is still active");
            }
            return startResponse(reply);
        });
    }

    public FakeResponse respondWithAudio(Duration length, String transcript) {
        return respond(Reply.audio(length, transcript));
    }

    /** A response made of one function call that completes. */
    public FakeResponse callFunction(String name, String argumentsJson) {
        return respond(Reply.functionCall(name, argumentsJson));
    }

    /** The caller starts talking; an active response is cut off as the options say. */
    public void speechStarted() {
        speechStarted(options.lateDeltasOnBargeIn());
    }

    /**
     * The caller starts talking. When a response is active and the session interrupts responses,
     * the server cancels it ({@code turn_detected}), after {@code lateDeltas} more deltas that were
     * already on their way.
     */
    public void speechStarted(int lateDeltas) {
        onScript(() -> {
            speakingItemId = nextId("item");
            ObjectNode started = event("input_audio_buffer.speech_started");
            started.put("audio_start_ms", Math.max(0, appendedMillis() - 300));
            started.put("item_id", speakingItemId);
            send(started);
            if (active != null && turnDetection().path("interrupt_response").asBoolean(true)) {
                cancel(active, "turn_detected", lateDeltas);
            }
            return null;
        });
    }

    /**
     * The caller stops talking: {@code speech_stopped}, {@code committed}, the user item, and (when
     * the session creates responses) a new response, which is returned.
     */
    public Optional<FakeResponse> speechStopped() {
        return onScript(() -> {
            String itemId = speakingItemId != null ? speakingItemId : nextId("item");
            speakingItemId = null;
            ObjectNode stopped = event("input_audio_buffer.speech_stopped");
            stopped.put("audio_end_ms", appendedMillis());
            stopped.put("item_id", itemId);
            send(stopped);
            commitUserAudio(itemId);
            if (active == null && turnDetection().path("create_response").asBoolean(true)) {
                return Optional.of(startResponse(takeReply()));
            }
            return Optional.empty();
        });
    }

    /** The caller's words for the last committed user item, as the transcription model reports them. */
    public void callerTranscript(String transcript) {
        onScript(() -> {
            ObjectNode completed = event("conversation.item.input_audio_transcription.completed");
            completed.put("item_id", lastUserItemId != null ? lastUserItemId : nextId("item"));
            completed.put("content_index", 0);
            completed.put("transcript", transcript);
            ObjectNode usage = completed.putObject("usage");
            usage.put("type", "tokens");
            usage.put("input_tokens", 20);
            usage.put("output_tokens", words(transcript));
            usage.put("total_tokens", 20 + words(transcript));
            usage.putObject("input_token_details").put("text_tokens", 0).put("audio_tokens", 20);
            send(completed);
            return null;
        });
    }

    public void sendError(ApiError error) {
        onScript(() -> {
            sendErrorEvent(error);
            return null;
        });
    }

    public void sendError(String type, String code, String message) {
        sendError(new ApiError(type, code, message, null, null));
    }

    /** Sends any text as it is: events the fake does not model, or broken ones. */
    public void sendRaw(String text) {
        onScript(() -> {
            JsonNode json = parse(text);
            log.add(Direction.SENT, typeOf(json), json, text);
            transmit(text);
            return null;
        });
    }

    /** Cuts the connection without a close frame. */
    public void drop() {
        onScript(() -> {
            stopAll();
            socket.closeConnection(1006, "dropped by the test");
            // A channel still registered with a selector closes for real only at the next select.
            wakeServer.run();
            return null;
        });
    }

    /** Closes the connection with a close frame. */
    public void close(int code, String reason) {
        onScript(() -> {
            stopAll();
            socket.close(code, reason);
            return null;
        });
    }

    // ---- from the server ----

    void opened() {
        script.execute(() -> {
            if (header("OpenAI-Beta") != null) {
                sendErrorEvent(ApiError.invalidRequest("beta_api_shape_disabled", BETA_SHAPE_MESSAGE, null));
                socket.close(BETA_CLOSE_CODE, "beta API shape");
                return;
            }
            Duration delay = options.sessionCreatedDelay();
            script.schedule(this::sendSessionCreated, delay.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    void messageReceived(String text) {
        JsonNode json = parse(text);
        log.add(Direction.RECEIVED, typeOf(json), json, text);
        try {
            script.execute(() -> handle(json));
        } catch (RejectedExecutionException closed) {
            // the connection is over
        }
    }

    void closed(int code) {
        closeCode.complete(code);
        try {
            script.execute(this::stopAll);
        } catch (RejectedExecutionException alreadyStopped) {
            // nothing left to stop
        }
        script.shutdown();
    }

    void shutdown() {
        script.shutdownNow();
    }

    // ---- the protocol, on the script thread ----

    private void sendSessionCreated() {
        ObjectNode created = event("session.created");
        created.set("session", session.deepCopy());
        send(created);
    }

    private void handle(JsonNode json) {
        if (gone) {
            return;
        }
        String clientEventId = json != null && json.path("event_id").isTextual() ? json.get("event_id").asText() : null;
        if (json == null) {
            sendErrorEvent(ApiError.invalidRequest("invalid_json",
                    "We could not parse the JSON body of your request.", null));
            return;
        }
        if (isBetaSessionUpdate(json)) {
            sendErrorEvent(ApiError.invalidRequest("beta_api_shape_disabled", BETA_SHAPE_MESSAGE, null)
                    .forClientEvent(clientEventId));
            stopAll();
            socket.close(BETA_CLOSE_CODE, "beta API shape");
            return;
        }
        Optional<ApiError> problem = validator.check(json);
        if (problem.isPresent()) {
            sendErrorEvent(problem.get().forClientEvent(clientEventId));
            return;
        }
        switch (json.get("type").asText()) {
            case "session.update" -> updateSession(json.get("session"));
            case "input_audio_buffer.append" -> append(json.get("audio").asText(), clientEventId);
            case "input_audio_buffer.commit" -> commit(clientEventId);
            case "input_audio_buffer.clear" -> {
                uncommittedBytes = 0;
                send(event("input_audio_buffer.cleared"));
            }
            case "conversation.item.create" -> createItem(json.get("item"), clientEventId);
            case "conversation.item.truncate" -> truncate(json, clientEventId);
            case "conversation.item.delete" -> deleteItem(json.get("item_id").asText(), clientEventId);
            case "conversation.item.retrieve" -> retrieveItem(json.get("item_id").asText(), clientEventId);
            case "response.create" -> createResponse(clientEventId);
            case "response.cancel" -> cancelResponse(json.path("response_id").asText(null), clientEventId);
            case "output_audio_buffer.clear" -> sendErrorEvent(ApiError.invalidRequest("invalid_value",
                    "output_audio_buffer.clear is only supported for WebRTC and SIP sessions.", "type")
                    .forClientEvent(clientEventId));
            default -> throw new IllegalStateException("validated but not handled: " + json.get("type"));
        }
    }

    private void updateSession(JsonNode update) {
        merge(session, update);
        if (options.ignoresRequestedAudioFormat()) {
            ObjectNode audio = (ObjectNode) session.get("audio");
            ((ObjectNode) audio.get("input")).set("format", pcm24k());
            ((ObjectNode) audio.get("output")).set("format", pcm24k());
        }
        ObjectNode updated = event("session.updated");
        updated.set("session", session.deepCopy());
        send(updated);
    }

    private void append(String base64, String clientEventId) {
        byte[] audio;
        try {
            audio = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            sendErrorEvent(ApiError.invalidRequest("invalid_value", "Invalid 'audio'. Expected base64-encoded audio.",
                    "audio").forClientEvent(clientEventId));
            return;
        }
        appendedBytes += audio.length;
        uncommittedBytes += audio.length;
    }

    private void commit(String clientEventId) {
        long millis = uncommittedBytes / FakeAudio.BYTES_PER_MILLISECOND;
        if (millis < 100) {
            sendErrorEvent(ApiError.invalidRequest("input_audio_buffer_commit_empty",
                    "Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but "
                            + "buffer only has " + millis + "ms of audio.", null).forClientEvent(clientEventId));
            return;
        }
        commitUserAudio(nextId("item"));
    }

    private void commitUserAudio(String itemId) {
        ObjectNode committed = event("input_audio_buffer.committed");
        committed.put("previous_item_id", lastItemId);
        committed.put("item_id", itemId);
        send(committed);
        ObjectNode item = mapper.createObjectNode();
        item.put("id", itemId);
        item.put("object", "realtime.item");
        item.put("type", "message");
        item.put("status", "completed");
        item.put("role", "user");
        item.putArray("content").addObject().put("type", "input_audio").putNull("transcript");
        announceItem(item);
        lastUserItemId = itemId;
        uncommittedBytes = 0;
    }

    private void createItem(JsonNode requested, String clientEventId) {
        if ("function_call_output".equals(requested.path("type").asText())) {
            String callId = requested.path("call_id").asText();
            if (!functionCalls.contains(callId)) {
                sendErrorEvent(ApiError.invalidRequest("invalid_value", "Tool call ID '" + callId
                        + "' not found in conversation.", "item.call_id").forClientEvent(clientEventId));
                return;
            }
        }
        ObjectNode item = requested.deepCopy();
        if (!item.has("id")) {
            item.put("id", nextId("item"));
        }
        item.put("object", "realtime.item");
        if (!item.has("status") && !"function_call_output".equals(item.path("type").asText())) {
            item.put("status", "completed");
        }
        announceItem(item);
    }

    private void announceItem(ObjectNode item) {
        String itemId = item.get("id").asText();
        for (String type : new String[] {"conversation.item.added", "conversation.item.done"}) {
            ObjectNode event = event(type);
            event.put("previous_item_id", lastItemId);
            event.set("item", item.deepCopy());
            send(event);
        }
        items.add(itemId);
        lastItemId = itemId;
    }

    private void truncate(JsonNode request, String clientEventId) {
        String itemId = request.get("item_id").asText();
        long endMillis = request.get("audio_end_ms").asLong();
        Long generated = generatedAudioBytes.get(itemId);
        if (generated == null) {
            sendErrorEvent(ApiError.invalidRequest("invalid_value", "Item '" + itemId
                    + "' is not an assistant message with audio.", "item_id").forClientEvent(clientEventId));
            return;
        }
        if (request.get("content_index").asInt() != 0) {
            sendErrorEvent(ApiError.invalidRequest("invalid_value", "Content index "
                    + request.get("content_index").asInt() + " does not exist.", "content_index")
                    .forClientEvent(clientEventId));
            return;
        }
        long generatedMillis = generated / FakeAudio.BYTES_PER_MILLISECOND;
        if (endMillis > generatedMillis) {
            sendErrorEvent(ApiError.invalidRequest("invalid_value", "Audio content of " + generatedMillis
                    + "ms is already shorter than " + endMillis + "ms", "audio_end_ms").forClientEvent(clientEventId));
            return;
        }
        ObjectNode truncated = event("conversation.item.truncated");
        truncated.put("item_id", itemId);
        truncated.put("content_index", 0);
        truncated.put("audio_end_ms", endMillis);
        send(truncated);
    }

    private void deleteItem(String itemId, String clientEventId) {
        if (!items.remove(itemId)) {
            sendErrorEvent(itemNotFound(itemId).forClientEvent(clientEventId));
            return;
        }
        ObjectNode deleted = event("conversation.item.deleted");
        deleted.put("item_id", itemId);
        send(deleted);
    }

    private void retrieveItem(String itemId, String clientEventId) {
        if (!items.contains(itemId)) {
            sendErrorEvent(itemNotFound(itemId).forClientEvent(clientEventId));
            return;
        }
        ObjectNode retrieved = event("conversation.item.retrieved");
        retrieved.putObject("item").put("id", itemId).put("object", "realtime.item");
        send(retrieved);
    }

    private void createResponse(String clientEventId) {
        if (active != null) {
            sendErrorEvent(ApiError.invalidRequest("conversation_already_has_active_response",
                    "Conversation already has an active response in progress: " + active.id()
                            + ". Wait until the response is finished before creating a new one.", null)
                    .forClientEvent(clientEventId));
            return;
        }
        startResponse(takeReply());
    }

    private void cancelResponse(String responseId, String clientEventId) {
        if (active == null || (responseId != null && !responseId.equals(active.id()))) {
            sendErrorEvent(ApiError.invalidRequest("response_cancel_not_active",
                    "Cancellation failed: no active response found", null).forClientEvent(clientEventId));
            return;
        }
        cancel(active, "client_cancelled", 0);
    }

    private Reply takeReply() {
        Reply scripted = scriptedReplies.pollFirst();
        return scripted != null ? scripted : options.defaultReply();
    }

    private FakeResponse startResponse(Reply reply) {
        int number = ids.incrementAndGet();
        String responseId = "resp_" + number;
        String audioItemId = reply.audioLength().isPresent() ? nextId("item") : null;
        String functionItemId = reply.functionName().isPresent() ? nextId("item") : null;
        String callId = reply.functionName().isPresent() ? "call_" + number : null;
        List<String> deltas = reply.audioLength()
                .map(length -> FakeAudio.deltas(number, length.toMillis(), options.deltaLength().toMillis()))
                .orElse(List.of());
        FakeResponse response = new FakeResponse(responseId, reply, audioItemId, functionItemId, callId, deltas);
        active = response;
        responses.add(response);
        ObjectNode created = event("response.created");
        created.set("response", responseObject(response, "in_progress", null, mapper.createArrayNode()));
        send(created);
        send(rateLimits());
        if (reply.hangs()) {
            return response;
        }
        if (audioItemId != null) {
            startAudio(response);
            response.scheduled(script.schedule(() -> streamAudio(response), 0, TimeUnit.MILLISECONDS));
        } else {
            finishGenerating(response);
        }
        return response;
    }

    private void startAudio(FakeResponse response) {
        response.markAudioStarted();
        generatedAudioBytes.put(response.audioItemId().orElseThrow(), 0L);
        ObjectNode item = assistantItem(response, "in_progress", null);
        ObjectNode added = event("response.output_item.added");
        added.put("response_id", response.id());
        added.put("output_index", 0);
        added.set("item", item);
        send(added);
        announceItem(item);
        ObjectNode part = event("response.content_part.added");
        putIds(part, response);
        part.putObject("part").put("type", "audio").put("transcript", "");
        send(part);
    }

    private void streamAudio(FakeResponse response) {
        if (gone || active != response) {
            return;
        }
        if (response.hasMoreAudio()) {
            boolean first = response.deltasSent().isEmpty();
            sendDelta(response, false);
            if (first) {
                ObjectNode transcript = event("response.output_audio_transcript.delta");
                putIds(transcript, response);
                transcript.put("delta", response.reply().transcript());
                send(transcript);
            }
            response.scheduled(script.schedule(() -> streamAudio(response),
                    options.deltaInterval().toMillis(), TimeUnit.MILLISECONDS));
            return;
        }
        finishAudio(response, "completed");
        finishGenerating(response);
    }

    private void sendDelta(FakeResponse response, boolean afterCutOff) {
        String delta = response.nextDelta(afterCutOff);
        generatedAudioBytes.merge(response.audioItemId().orElseThrow(),
                (long) Base64.getDecoder().decode(delta).length, Long::sum);
        ObjectNode event = event("response.output_audio.delta");
        putIds(event, response);
        event.put("delta", delta);
        send(event);
    }

    private void finishAudio(FakeResponse response, String itemStatus) {
        response.markAudioFinished();
        ObjectNode audioDone = event("response.output_audio.done");
        putIds(audioDone, response);
        send(audioDone);
        ObjectNode transcriptDone = event("response.output_audio_transcript.done");
        putIds(transcriptDone, response);
        transcriptDone.put("transcript", response.reply().transcript());
        send(transcriptDone);
        ObjectNode partDone = event("response.content_part.done");
        putIds(partDone, response);
        partDone.putObject("part").put("type", "audio").put("transcript", response.reply().transcript());
        send(partDone);
        ObjectNode item = assistantItem(response, itemStatus, response.reply().transcript());
        ObjectNode itemDone = event("response.output_item.done");
        itemDone.put("response_id", response.id());
        itemDone.put("output_index", 0);
        itemDone.set("item", item);
        send(itemDone);
        ObjectNode conversationDone = event("conversation.item.done");
        conversationDone.set("item", item.deepCopy());
        send(conversationDone);
    }

    /** After the audio (if any): the function call (if any), then {@code response.done}. */
    private void finishGenerating(FakeResponse response) {
        if (response.reply().functionName().isPresent()) {
            sendFunctionCall(response);
        }
        if (response.reply().isCancelledAtEnd()) {
            finish(response, "cancelled", "turn_detected");
        } else {
            finish(response, "completed", null);
        }
    }

    private void sendFunctionCall(FakeResponse response) {
        int outputIndex = response.audioItemId().isPresent() ? 1 : 0;
        String arguments = response.reply().functionArguments();
        String callId = response.callId().orElseThrow();
        ObjectNode item = functionCallItem(response, "in_progress", "");
        ObjectNode added = event("response.output_item.added");
        added.put("response_id", response.id());
        added.put("output_index", outputIndex);
        added.set("item", item);
        send(added);
        announceItem(item);
        int half = arguments.length() / 2;
        for (String part : new String[] {arguments.substring(0, half), arguments.substring(half)}) {
            ObjectNode delta = event("response.function_call_arguments.delta");
            putFunctionIds(delta, response, outputIndex);
            delta.put("delta", part);
            send(delta);
        }
        ObjectNode done = event("response.function_call_arguments.done");
        putFunctionIds(done, response, outputIndex);
        done.put("name", response.reply().functionName().orElseThrow());
        done.put("arguments", arguments);
        send(done);
        ObjectNode completedItem = functionCallItem(response, "completed", arguments);
        ObjectNode itemDone = event("response.output_item.done");
        itemDone.put("response_id", response.id());
        itemDone.put("output_index", outputIndex);
        itemDone.set("item", completedItem);
        send(itemDone);
        ObjectNode conversationDone = event("conversation.item.done");
        conversationDone.set("item", completedItem.deepCopy());
        send(conversationDone);
        functionCalls.add(callId);
    }

    private void cancel(FakeResponse response, String reason, int lateDeltas) {
        response.stopTicking();
        if (response.audioStarted() && !response.audioFinished()) {
            for (int i = 0; i < lateDeltas && response.hasMoreAudio(); i++) {
                sendDelta(response, true);
            }
            finishAudio(response, "incomplete");
        }
        finish(response, "cancelled", reason);
    }

    private void finish(FakeResponse response, String status, String reason) {
        if (active == response) {
            active = null;
        }
        ArrayNode output = mapper.createArrayNode();
        response.audioItemId().ifPresent(id -> output.add(assistantItem(response,
                "completed".equals(status) ? "completed" : "incomplete", response.reply().transcript())));
        if (response.reply().functionName().isPresent() && functionCalls.contains(response.callId().orElseThrow())) {
            output.add(functionCallItem(response, "completed", response.reply().functionArguments()));
        }
        ObjectNode done = event("response.done");
        ObjectNode details = null;
        if (reason != null) {
            details = mapper.createObjectNode().put("type", status).put("reason", reason);
        }
        ObjectNode body = responseObject(response, status, details, output);
        body.set("usage", usage(response));
        done.set("response", body);
        send(done);
        response.finished(status, reason);
    }

    private void stopAll() {
        gone = true;
        for (FakeResponse response : responses) {
            response.stopTicking();
        }
    }

    // ---- event building ----

    private ObjectNode event(String type) {
        ObjectNode event = mapper.createObjectNode();
        event.put("type", type);
        event.put("event_id", nextId("event"));
        return event;
    }

    private void putIds(ObjectNode event, FakeResponse response) {
        event.put("response_id", response.id());
        event.put("item_id", response.audioItemId().orElseThrow());
        event.put("output_index", 0);
        event.put("content_index", 0);
    }

    private void putFunctionIds(ObjectNode event, FakeResponse response, int outputIndex) {
        event.put("response_id", response.id());
        event.put("item_id", response.functionItemId());
        event.put("output_index", outputIndex);
        event.put("call_id", response.callId().orElseThrow());
    }

    private ObjectNode assistantItem(FakeResponse response, String status, String transcript) {
        ObjectNode item = mapper.createObjectNode();
        item.put("id", response.audioItemId().orElseThrow());
        item.put("object", "realtime.item");
        item.put("type", "message");
        item.put("status", status);
        item.put("role", "assistant");
        ArrayNode content = item.putArray("content");
        if (transcript != null) {
            content.addObject().put("type", "output_audio").put("transcript", transcript);
        }
        return item;
    }

    private ObjectNode functionCallItem(FakeResponse response, String status, String arguments) {
        ObjectNode item = mapper.createObjectNode();
        item.put("id", response.functionItemId());
        item.put("object", "realtime.item");
        item.put("type", "function_call");
        item.put("status", status);
        item.put("name", response.reply().functionName().orElseThrow());
        item.put("call_id", response.callId().orElseThrow());
        item.put("arguments", arguments);
        return item;
    }

    private ObjectNode responseObject(FakeResponse response, String status, ObjectNode details, ArrayNode output) {
        ObjectNode body = mapper.createObjectNode();
        body.put("object", "realtime.response");
        body.put("id", response.id());
        body.put("status", status);
        body.set("status_details", details);
        body.set("output", output);
        body.put("conversation_id", "conv_fake");
        body.putArray("output_modalities").add("audio");
        body.put("max_output_tokens", "inf");
        ObjectNode audioOutput = body.putObject("audio").putObject("output");
        audioOutput.set("format", session.path("audio").path("output").path("format").deepCopy());
        audioOutput.put("voice", session.path("audio").path("output").path("voice").asText("alloy"));
        body.putNull("usage");
        body.putNull("metadata");
        return body;
    }

    private ObjectNode usage(FakeResponse response) {
        long outputAudio = response.audioMillisSent() / 50;
        long outputText = words(response.reply().transcript())
                + (response.reply().functionName().isPresent() ? response.reply().functionArguments().length() / 4 : 0);
        long inputAudio = appendedMillis() / 100;
        long inputText = 120;
        long cachedText = 64;
        ObjectNode usage = mapper.createObjectNode();
        usage.put("total_tokens", inputAudio + inputText + outputAudio + outputText);
        usage.put("input_tokens", inputAudio + inputText);
        usage.put("output_tokens", outputAudio + outputText);
        ObjectNode input = usage.putObject("input_token_details");
        input.put("text_tokens", inputText);
        input.put("audio_tokens", inputAudio);
        input.put("image_tokens", 0);
        input.put("cached_tokens", cachedText);
        input.putObject("cached_tokens_details").put("text_tokens", cachedText).put("audio_tokens", 0)
                .put("image_tokens", 0);
        usage.putObject("output_token_details").put("text_tokens", outputText).put("audio_tokens", outputAudio);
        return usage;
    }

    private ObjectNode rateLimits() {
        ObjectNode event = event("rate_limits.updated");
        ArrayNode limits = event.putArray("rate_limits");
        limits.addObject().put("name", "requests").put("limit", 1000).put("remaining", 999).put("reset_seconds", 60);
        limits.addObject().put("name", "tokens").put("limit", 50000).put("remaining", 49000).put("reset_seconds", 1.2);
        return event;
    }

    private ObjectNode defaultSession() {
        ObjectNode session = mapper.createObjectNode();
        session.put("type", "realtime");
        session.put("object", "realtime.session");
        session.put("id", "sess_" + CONNECTIONS.get());
        session.put("model", model == null ? "gpt-realtime" : model);
        session.putArray("output_modalities").add("audio");
        session.put("instructions", "You are a helpful assistant.");
        session.putArray("tools");
        session.put("tool_choice", "auto");
        session.put("max_output_tokens", "inf");
        session.putNull("tracing");
        session.put("truncation", "auto");
        session.putNull("prompt");
        session.put("expires_at", Instant.now().plus(Duration.ofHours(1)).getEpochSecond());
        ObjectNode audio = session.putObject("audio");
        ObjectNode input = audio.putObject("input");
        input.set("format", pcm24k());
        input.putNull("transcription");
        input.putNull("noise_reduction");
        input.putObject("turn_detection").put("type", "server_vad").put("threshold", 0.5)
                .put("prefix_padding_ms", 300).put("silence_duration_ms", 200).putNull("idle_timeout_ms")
                .put("create_response", true).put("interrupt_response", true);
        ObjectNode output = audio.putObject("output");
        output.set("format", pcm24k());
        output.put("voice", "alloy");
        output.put("speed", 1.0);
        session.putNull("include");
        return session;
    }

    private ObjectNode pcm24k() {
        return mapper.createObjectNode().put("type", "audio/pcm").put("rate", 24000);
    }

    private JsonNode turnDetection() {
        return session.path("audio").path("input").path("turn_detection");
    }

    /**
     * Applies an update the way a discriminated config behaves: an object with a {@code type} (a
     * format, a VAD mode) replaces the old one; other objects are merged field by field.
     */
    private static void merge(ObjectNode target, JsonNode update) {
        update.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            JsonNode existing = target.get(entry.getKey());
            if (value.isObject() && !value.has("type") && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, value);
            } else {
                target.set(entry.getKey(), value.deepCopy());
            }
        });
    }

    private boolean isBetaSessionUpdate(JsonNode json) {
        if (!"session.update".equals(json.path("type").asText())) {
            return false;
        }
        JsonNode requested = json.path("session");
        return BETA_SESSION_FIELDS.stream().anyMatch(requested::has);
    }

    private static ApiError itemNotFound(String itemId) {
        return ApiError.invalidRequest("item_not_found", "Item with item_id '" + itemId + "' not found.", "item_id");
    }

    // ---- plumbing ----

    private void send(ObjectNode event) {
        String text = event.toString();
        log.add(Direction.SENT, event.get("type").asText(), event, text);
        transmit(text);
    }

    private void sendErrorEvent(ApiError error) {
        ObjectNode event = event("error");
        ObjectNode body = event.putObject("error");
        body.put("type", error.type());
        body.put("code", error.code());
        body.put("message", error.message());
        body.put("param", error.param());
        body.put("event_id", error.clientEventId());
        send(event);
    }

    private void transmit(String text) {
        if (!socket.isOpen()) {
            return;
        }
        try {
            socket.send(text);
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            // the client is gone; the event stays in the log
        }
    }

    private long appendedMillis() {
        return appendedBytes / FakeAudio.BYTES_PER_MILLISECOND;
    }

    private String nextId(String prefix) {
        return prefix + "_" + ids.incrementAndGet();
    }

    private JsonNode parse(String text) {
        try {
            return mapper.readTree(text);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String typeOf(JsonNode json) {
        return json != null && json.path("type").isTextual() ? json.get("type").asText() : null;
    }

    private static long words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static String queryParameter(String resourceDescriptor, String name) {
        int query = resourceDescriptor.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : resourceDescriptor.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private <T> T onScript(Callable<T> step) {
        Future<T> future;
        try {
            future = script.submit(step);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the connection is closed", e);
        }
        try {
            return future.get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the fake's script thread did not answer within " + AWAIT, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
