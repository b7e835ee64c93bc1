package ai.tavari.benchmarks.fake;

import ai.tavari.benchmarks.Registry;
import ai.tavari.benchmarks.Stamp;
import ai.tavari.benchmarks.measure.Recorder;
import ai.tavari.benchmarks.phone.PhoneCall;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * One client session of the fake OpenAI Realtime server (GA events, the shapes of the wire
 * reference): {@code session.created} → {@code session.update} → {@code session.updated};
 * {@code response.create} starts a reply; caller audio drives a simulated server VAD
 * ({@code speech_started}, which cuts off the active reply, then {@code speech_stopped},
 * {@code committed}, the transcript and a new reply). Every audio delta carries a {@link Stamp}
 * and is recorded with its send time; so is every {@code speech_started}.
 */
public final class FakeSession {
    static final String APPEND_PREFIX = "{\"type\":\"input_audio_buffer.append\",\"audio\":\"";
    private static final long MS = 1_000_000L;

    private final int id;
    private final WebSocket socket;
    private final Registry registry;
    private final ScheduledExecutorService timers;
    private final ReplyShape shape;
    private final long leadNanos;
    private final long marginNanos = 20 * MS;
    private final SplittableRandom random;
    private final List<ResponseRecord> responses = new ArrayList<>();
    private final String[] fillers;

    private int events;
    private int items;
    private ResponseRecord active;
    private String activeItem;
    private String audioFormat = "audio/pcmu";
    private long appendedMillis;
    private boolean speaking;
    private int silentMillis;
    private String speechItem;
    private long modelPlayoutEnd;
    private volatile long lastSpeechStarted;
    private volatile long lastAudibleSpeechStarted;
    private boolean closed;
    private long closedAt = Long.MAX_VALUE;
    private int boundPhone = -1;
    private int lastCallerSequence = -1;

    FakeSession(int id, WebSocket socket, Registry registry, ScheduledExecutorService timers, ReplyShape shape,
                long leadNanos) {
        this.id = id;
        this.socket = socket;
        this.registry = registry;
        this.timers = timers;
        this.shape = shape;
        this.leadNanos = leadNanos;
        this.random = new SplittableRandom(id * 7919L);
        this.fillers = new String[shape.deltaMaxMs() / 20 + 1];
        for (int frames = 1; frames < fillers.length; frames++) {
            fillers[frames] = Stamp.body(frames * 20 * Stamp.BYTES_PER_MS, (byte) (0x10 + frames), false);
        }
    }

    public int id() {
        return id;
    }

    /** When this session last sent {@code speech_started} while agent audio was audible (0: never). */
    public long lastAudibleSpeechStarted() {
        return lastAudibleSpeechStarted;
    }

    // ---- from the socket ----

    synchronized void opened() {
        send("{\"type\":\"session.created\",\"event_id\":\"" + nextEvent() + "\",\"session\":" + session("audio/pcm") + "}");
    }

    void message(String text, long now) {
        if (text.startsWith(APPEND_PREFIX)) {
            callerAudio(Stamp.read(text, APPEND_PREFIX.length()), now);
            return;
        }
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            event = reader.readObject();
        } catch (RuntimeException e) {
            error(null, "invalid_request_error", "invalid_json", "We could not parse the JSON body of your request.");
            return;
        }
        String type = event.getString("type", "");
        String eventId = event.containsKey("event_id") && event.get("event_id").getValueType() == JsonValue.ValueType.STRING
                ? event.getString("event_id") : null;
        switch (type) {
            case "input_audio_buffer.append" -> {
                String audio = event.getString("audio", "");
                callerAudio(Stamp.read(audio, 0), now);
            }
            case "session.update" -> sessionUpdate(event);
            case "response.create" -> responseCreate(eventId);
            case "response.cancel" -> responseCancel(eventId);
            case "conversation.item.truncate" -> truncated(event);
            case "conversation.item.create" -> itemCreated(event);
            default -> { }
        }
    }

    synchronized void closed() {
        closed = true;
        closedAt = System.nanoTime();
        active = null;
    }

    // ---- caller audio and voice detection ----

    private void callerAudio(Stamp stamp, long now) {
        Recorder recorder = registry.recorder();
        if (stamp == null || stamp.kind != Stamp.CALLER) {
            recorder.unmatched.incrementAndGet();
            return;
        }
        PhoneCall phone = registry.phone(stamp.stream);
        if (phone != null) {
            long sent = phone.sentAt(stamp.sequence);
            if (sent == 0) {
                recorder.unmatched.incrementAndGet();
            } else if (recorder.inWindow(sent)) {
                recorder.callerToAi.add(now - sent);
            }
            phone.callerFrameArrived(stamp.sequence, this);
        }
        synchronized (this) {
            if (boundPhone == stamp.stream && stamp.sequence < lastCallerSequence) {
                recorder.callerFramesReordered.incrementAndGet();
            }
            boundPhone = stamp.stream;
            lastCallerSequence = Math.max(lastCallerSequence, stamp.sequence);
            appendedMillis += 20;
            if (stamp.talking()) {
                silentMillis = 0;
                if (!speaking) {
                    speaking = true;
                    speechStarted(now);
                }
            } else if (speaking) {
                silentMillis += 20;
                if (silentMillis >= shape.vadSilenceMs()) {
                    speaking = false;
                    speechStopped();
                }
            }
        }
    }

    private void speechStarted(long now) {
        speechItem = nextItem();
        boolean audible = modelPlayoutEnd > now || active != null;
        send("{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":\"" + nextEvent()
                + "\",\"audio_start_ms\":" + Math.max(0, appendedMillis - 300) + ",\"item_id\":\"" + speechItem + "\"}");
        lastSpeechStarted = now;
        if (audible) {
            lastAudibleSpeechStarted = now;
            registry.recorder().bargeIns.incrementAndGet();
            if (!responses.isEmpty()) {
                responses.get(responses.size() - 1).interrupted = true;
            }
        }
        modelPlayoutEnd = Math.min(modelPlayoutEnd, now);
        if (active != null) {
            ResponseRecord cut = active;
            for (int i = 0; i < shape.lateDeltas(); i++) {
                sendDelta(cut, 20, true);
            }
            finishResponse(cut, "cancelled", "turn_detected");
        }
    }

    private void speechStopped() {
        String item = speechItem != null ? speechItem : nextItem();
        speechItem = null;
        send("{\"type\":\"input_audio_buffer.speech_stopped\",\"event_id\":\"" + nextEvent() + "\",\"audio_end_ms\":"
                + appendedMillis + ",\"item_id\":\"" + item + "\"}");
        send("{\"type\":\"input_audio_buffer.committed\",\"event_id\":\"" + nextEvent()
                + "\",\"previous_item_id\":null,\"item_id\":\"" + item + "\"}");
        send("{\"type\":\"conversation.item.added\",\"event_id\":\"" + nextEvent() + "\",\"previous_item_id\":null,"
                + "\"item\":{\"id\":\"" + item + "\",\"object\":\"realtime.item\",\"type\":\"message\","
                + "\"status\":\"completed\",\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"transcript\":null}]}}");
        send("{\"type\":\"conversation.item.input_audio_transcription.completed\",\"event_id\":\"" + nextEvent()
                + "\",\"item_id\":\"" + item + "\",\"content_index\":0,\"transcript\":\"Hi, what are your opening"
                + " hours on Saturday?\",\"usage\":{\"type\":\"tokens\",\"input_tokens\":20,\"output_tokens\":7,"
                + "\"total_tokens\":27,\"input_token_details\":{\"text_tokens\":0,\"audio_tokens\":20}}}");
        if (active == null) {
            startResponse();
        }
    }

    // ---- client events ----

    private synchronized void sessionUpdate(JsonObject event) {
        JsonObject session = event.getJsonObject("session");
        try {
            audioFormat = session.getJsonObject("audio").getJsonObject("output").getJsonObject("format").getString("type");
        } catch (RuntimeException e) {
            audioFormat = "audio/pcmu";
        }
        send("{\"type\":\"session.updated\",\"event_id\":\"" + nextEvent() + "\",\"session\":" + session(audioFormat) + "}");
    }

    private synchronized void responseCreate(String clientEventId) {
        if (active != null) {
            error(clientEventId, "invalid_request_error", "conversation_already_has_active_response",
                    "Conversation already has an active response in progress: resp_" + active.number
                            + ". Wait until the response is finished before creating a new one.");
            return;
        }
        startResponse();
    }

    private synchronized void responseCancel(String clientEventId) {
        if (active == null) {
            error(clientEventId, "invalid_request_error", "response_cancel_not_active",
                    "Cancellation failed: no active response found");
            return;
        }
        finishResponse(active, "cancelled", "client_cancelled");
    }

    private synchronized void truncated(JsonObject event) {
        send("{\"type\":\"conversation.item.truncated\",\"event_id\":\"" + nextEvent() + "\",\"item_id\":\""
                + event.getString("item_id", "") + "\",\"content_index\":0,\"audio_end_ms\":"
                + event.getJsonNumber("audio_end_ms").longValue() + "}");
    }

    private synchronized void itemCreated(JsonObject event) {
        String item = nextItem();
        send("{\"type\":\"conversation.item.added\",\"event_id\":\"" + nextEvent() + "\",\"previous_item_id\":null,"
                + "\"item\":{\"id\":\"" + item + "\",\"object\":\"realtime.item\",\"type\":\"message\","
                + "\"status\":\"completed\",\"role\":\"system\",\"content\":[]}}");
    }

    // ---- replies ----

    private void startResponse() {
        ResponseRecord response = new ResponseRecord(responses.size() + 1);
        responses.add(response);
        active = response;
        activeItem = nextItem();
        String rid = "resp_" + response.number;
        send("{\"type\":\"response.created\",\"event_id\":\"" + nextEvent() + "\",\"response\":{\"object\":"
                + "\"realtime.response\",\"id\":\"" + rid + "\",\"status\":\"in_progress\",\"status_details\":null,"
                + "\"output\":[],\"conversation_id\":\"conv_" + id + "\",\"output_modalities\":[\"audio\"],"
                + "\"max_output_tokens\":\"inf\",\"usage\":null,\"metadata\":null}}");
        int total = shape.replyMinMs() + random.nextInt(shape.replyMaxMs() - shape.replyMinMs() + 1);
        int[] left = {total / 20 * 20};
        timers.schedule(() -> burst(response, left), shape.thinkMs(), TimeUnit.MILLISECONDS);
    }

    private void burst(ResponseRecord response, int[] left) {
        long gapMillis;
        synchronized (this) {
            if (closed || active != response) {
                return;
            }
            if (response.count == 0) {
                send("{\"type\":\"response.output_item.added\",\"event_id\":\"" + nextEvent() + "\",\"response_id\":\"resp_"
                        + response.number + "\",\"output_index\":0,\"item\":{\"id\":\"" + activeItem + "\",\"object\":"
                        + "\"realtime.item\",\"type\":\"message\",\"status\":\"in_progress\",\"role\":\"assistant\","
                        + "\"content\":[]}}");
                send("{\"type\":\"response.content_part.added\",\"event_id\":\"" + nextEvent() + "\"," + ids(response)
                        + ",\"part\":{\"type\":\"audio\",\"transcript\":\"\"}}");
            }
            int deltas = 1 + random.nextInt(shape.burstMax());
            int burstMillis = 0;
            for (int i = 0; i < deltas && left[0] > 0; i++) {
                int ms = Math.min(left[0], 20 * (1 + random.nextInt(shape.deltaMaxMs() / 20)));
                left[0] -= ms;
                burstMillis += ms;
                sendDelta(response, ms, false);
                if (response.count == 1) {
                    send("{\"type\":\"response.output_audio_transcript.delta\",\"event_id\":\"" + nextEvent() + "\","
                            + ids(response) + ",\"delta\":\"Thanks for calling, how can I help?\"}");
                }
            }
            if (left[0] <= 0) {
                response.completed = true;
                response.playoutEnd = modelPlayoutEnd;
                finishResponse(response, "completed", null);
                return;
            }
            gapMillis = Math.max(1, Math.round(burstMillis / shape.speedup() * (0.5 + random.nextDouble())));
        }
        timers.schedule(() -> burst(response, left), gapMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * One delta: stamped, recorded with what real-time pacing makes of it, sent. The model: the
     * phone plays audio in real time; a delta may go to the phone at once while less than the lead
     * is queued there, else when the queue has drained to the lead.
     */
    private void sendDelta(ResponseRecord response, int ms, boolean late) {
        long now = System.nanoTime();
        byte kind;
        long release;
        if (late) {
            kind = ResponseRecord.LATE;
            release = now;
        } else {
            long lead = modelPlayoutEnd - now;
            if (lead < leadNanos - marginNanos) {
                kind = ResponseRecord.IMMEDIATE;
                release = now;
            } else {
                kind = lead > leadNanos + marginNanos ? ResponseRecord.PACED : ResponseRecord.BORDERLINE;
                release = modelPlayoutEnd - leadNanos;
            }
            modelPlayoutEnd = Math.max(modelPlayoutEnd, now) + ms * MS;
        }
        int sequence = response.add(now, release, ms, kind);
        String payload = Stamp.encode(Stamp.AGENT, 0, id, response.number, sequence) + fillers[ms / 20];
        send("{\"type\":\"response.output_audio.delta\",\"event_id\":\"" + nextEvent() + "\"," + ids(response)
                + ",\"delta\":\"" + payload + "\"}");
    }

    private void finishResponse(ResponseRecord response, String status, String reason) {
        if (active == response) {
            active = null;
        }
        String ids = ids(response);
        String transcript = "Thanks for calling, how can I help?";
        send("{\"type\":\"response.output_audio.done\",\"event_id\":\"" + nextEvent() + "\"," + ids + "}");
        send("{\"type\":\"response.output_audio_transcript.done\",\"event_id\":\"" + nextEvent() + "\"," + ids
                + ",\"transcript\":\"" + transcript + "\"}");
        send("{\"type\":\"response.content_part.done\",\"event_id\":\"" + nextEvent() + "\"," + ids
                + ",\"part\":{\"type\":\"audio\",\"transcript\":\"" + transcript + "\"}}");
        String item = "{\"id\":\"" + activeItem + "\",\"object\":\"realtime.item\",\"type\":\"message\",\"status\":\""
                + ("completed".equals(status) ? "completed" : "incomplete") + "\",\"role\":\"assistant\",\"content\":"
                + "[{\"type\":\"output_audio\",\"transcript\":\"" + transcript + "\"}]}";
        send("{\"type\":\"response.output_item.done\",\"event_id\":\"" + nextEvent() + "\",\"response_id\":\"resp_"
                + response.number + "\",\"output_index\":0,\"item\":" + item + "}");
        long audioTokens = 0;
        for (int i = 0; i < response.count; i++) {
            audioTokens += response.millis[i] / 50;
        }
        send("{\"type\":\"response.done\",\"event_id\":\"" + nextEvent() + "\",\"response\":{\"object\":"
                + "\"realtime.response\",\"id\":\"resp_" + response.number + "\",\"status\":\"" + status
                + "\",\"status_details\":" + (reason == null ? "null" : "{\"type\":\"" + status + "\",\"reason\":\""
                + reason + "\"}") + ",\"output\":[" + item + "],\"conversation_id\":\"conv_" + id
                + "\",\"output_modalities\":[\"audio\"],\"max_output_tokens\":\"inf\",\"usage\":{\"total_tokens\":"
                + (audioTokens + 200) + ",\"input_tokens\":" + (appendedMillis / 100 + 120) + ",\"output_tokens\":"
                + (audioTokens + 9) + ",\"input_token_details\":{\"text_tokens\":120,\"audio_tokens\":"
                + appendedMillis / 100 + ",\"image_tokens\":0,\"cached_tokens\":64,\"cached_tokens_details\":"
                + "{\"text_tokens\":64,\"audio_tokens\":0,\"image_tokens\":0}},\"output_token_details\":"
                + "{\"text_tokens\":9,\"audio_tokens\":" + audioTokens + "}},\"metadata\":null}}");
    }

    // ---- what the phone side asks ----

    /** The record of reply {@code number}, or null. Call with this session's lock held. */
    ResponseRecord response(int number) {
        return number >= 1 && number <= responses.size() ? responses.get(number - 1) : null;
    }

    /** An agent frame with this stamp reached the phone at {@code now}; records what it measures. */
    public synchronized void agentFrameArrived(Stamp stamp, long now, Recorder recorder) {
        ResponseRecord response = response(stamp.response);
        if (response == null || stamp.sequence >= response.count) {
            recorder.unmatched.incrementAndGet();
            return;
        }
        int i = stamp.sequence;
        response.received.set(i);
        long sent = response.sentNanos[i];
        if (!recorder.inWindow(sent)) {
            return;
        }
        switch (response.kind[i]) {
            case ResponseRecord.IMMEDIATE -> {
                recorder.aiToCaller.add(now - sent);
                if (i == 0) {
                    recorder.aiToCallerFirst.add(now - sent);
                }
            }
            case ResponseRecord.PACED -> recorder.pacingLateness.add(now - response.releaseNanos[i]);
            case ResponseRecord.LATE -> recorder.lateDeltasForwarded.incrementAndGet();
            default -> { }
        }
    }

    /** Agent deltas that should have reached the phone by {@code deadline} but did not, among those sent in [from, to]. */
    public synchronized long[] agentDeliveries(long from, long to, long deadline) {
        long expected = 0;
        long missing = 0;
        for (ResponseRecord response : responses) {
            if (!response.completed || response.interrupted || response.count == 0) {
                continue;
            }
            if (response.sentNanos[0] < from || response.sentNanos[0] > to || response.playoutEnd > deadline
                    || response.playoutEnd > closedAt - 1_000 * MS) {
                continue;
            }
            for (int i = 0; i < response.count; i++) {
                if (response.kind[i] == ResponseRecord.LATE) {
                    continue;
                }
                expected++;
                if (!response.received.get(i)) {
                    missing++;
                }
            }
        }
        return new long[] {expected, missing};
    }

    // ---- plumbing ----

    private String session(String format) {
        return "{\"type\":\"realtime\",\"object\":\"realtime.session\",\"id\":\"sess_" + id + "\",\"model\":\"gpt-realtime\","
                + "\"output_modalities\":[\"audio\"],\"instructions\":\"\",\"tools\":[],\"tool_choice\":\"auto\","
                + "\"max_output_tokens\":\"inf\",\"tracing\":null,\"truncation\":\"auto\",\"prompt\":null,"
                + "\"expires_at\":" + (System.currentTimeMillis() / 1000 + 3600) + ",\"audio\":{\"input\":{\"format\":"
                + "{\"type\":\"" + format + "\"},\"transcription\":null,\"noise_reduction\":null,\"turn_detection\":"
                + "{\"type\":\"server_vad\",\"threshold\":0.5,\"prefix_padding_ms\":300,\"silence_duration_ms\":"
                + shape.vadSilenceMs() + ",\"idle_timeout_ms\":null,\"create_response\":true,\"interrupt_response\":true}},"
                + "\"output\":{\"format\":{\"type\":\"" + format + "\"},\"voice\":\"alloy\",\"speed\":1.0}},\"include\":null}";
    }

    private String ids(ResponseRecord response) {
        return "\"response_id\":\"resp_" + response.number + "\",\"item_id\":\"" + activeItem
                + "\",\"output_index\":0,\"content_index\":0";
    }

    private void error(String clientEventId, String type, String code, String message) {
        send("{\"type\":\"error\",\"event_id\":\"" + nextEvent() + "\",\"error\":{\"type\":\"" + type + "\",\"code\":\""
                + code + "\",\"message\":\"" + message + "\",\"param\":null,\"event_id\":"
                + (clientEventId == null ? "null" : "\"" + clientEventId + "\"") + "}}");
    }

    private String nextEvent() {
        return "event_" + id + "_" + ++events;
    }

    private String nextItem() {
        return "item_" + id + "_" + ++items;
    }

    private void send(String text) {
        if (closed || !socket.isOpen()) {
            return;
        }
        try {
            socket.send(text);
        } catch (WebsocketNotConnectedException e) {
            closed = true;
        }
    }
}
