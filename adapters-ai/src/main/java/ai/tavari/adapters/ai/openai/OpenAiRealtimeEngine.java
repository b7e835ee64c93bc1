package ai.tavari.adapters.ai.openai;

import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ConversationEngine;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.conversation.EngineEvent;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Phone conversations over the OpenAI Realtime API (GA interface), one WebSocket per call, μ-law
 * audio both ways. Thread-safe; one instance serves every call.
 */
public final class OpenAiRealtimeEngine implements ConversationEngine {
    private static final Set<EngineCapability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(
            EngineCapability.SPEECH, EngineCapability.TRUNCATE, EngineCapability.CANCEL,
            EngineCapability.CALLER_SPEECH_EVENTS));

    /**
     * How often an idle socket is probed. The JDK client can miss a peer's silent close; only a write
     * then reveals it, and caller audio does not flow before media starts or after it stops.
     */
    static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(5);

    private final OpenAiRealtimeSettings settings;
    private final HttpClient httpClient;
    private final Duration keepAlive;
    private final RealtimeJson json;

    public OpenAiRealtimeEngine(OpenAiRealtimeSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .executor(socketCallbacks()).build());
    }

    /**
     * The threads the sockets' callbacks run on. The client's default is a cached pool that grows to
     * one thread per session receiving at that moment (some 200 more threads at 300 calls); the
     * callbacks only hand events to their session's executor, so a few threads suffice.
     */
    private static ExecutorService socketCallbacks() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "realtime-socket-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public OpenAiRealtimeEngine(OpenAiRealtimeSettings settings, HttpClient httpClient) {
        this(settings, httpClient, DEFAULT_KEEP_ALIVE);
    }

    OpenAiRealtimeEngine(OpenAiRealtimeSettings settings, HttpClient httpClient, Duration keepAlive) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        this.keepAlive = Objects.requireNonNull(keepAlive, "keepAlive");
        this.json = new RealtimeJson();
    }

    @Override
    public Set<EngineCapability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public ConversationSession start(CallSetup setup, Consumer<EngineEvent> events) {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(events, "events");
        RealtimeSession session = new RealtimeSession(settings, setup, events, json, keepAlive);
        session.connect(httpClient);
        return session;
    }
}
