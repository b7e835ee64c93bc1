package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.call.AuthorizeIncomingCall;
import ai.tavari.application.port.in.call.CallDecision;
import ai.tavari.application.port.in.call.CallMediaSink;
import ai.tavari.application.port.in.call.ConnectCallMedia;
import ai.tavari.application.port.in.call.IncomingCallCommand;
import ai.tavari.application.port.out.CallMetrics;
import ai.tavari.application.port.out.CallScheduler;
import ai.tavari.application.port.out.CallSummarizer;
import ai.tavari.application.port.out.ToolJson;
import ai.tavari.application.port.out.conversation.ConversationEngine;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.telephony.TelephonyCallControl;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Incoming calls from decision to media: the decision is made and committed first, then the
 * conversation starts at once (in parallel with the telephony side answering) so the greeting is
 * ready when media arrives; the media connection later joins it.
 */
@Singleton
public class IncomingCallService implements AuthorizeIncomingCall, ConnectCallMedia {
    private final CallAdmissions admissions;
    private final LateCallStarts lateStarts;
    private final MediaTokens tokens;
    private final LiveCalls liveCalls;
    private final ConversationEngine engine;
    private final CallRecorder recorder;
    private final CallSummarizer summarizer;
    private final ToolJson json;
    private final LiveCallSettings settings;
    private final CallMetrics metrics;
    private final CallScheduler scheduler;
    private final Clock clock;
    private final Map<CallId, MediaTokens.ClaimedCall> claimedElsewhere = new ConcurrentHashMap<>();

    @Inject
    public IncomingCallService(CallAdmissions admissions, LateCallStarts lateStarts, MediaTokens tokens,
                               LiveCalls liveCalls, ConversationEngine engine, CallRecorder recorder,
                               CallSummarizer summarizer, ToolJson json, LiveCallSettings settings, CallMetrics metrics,
                               CallScheduler scheduler, Clock clock) {
        this.admissions = admissions;
        this.lateStarts = lateStarts;
        this.tokens = tokens;
        this.liveCalls = liveCalls;
        this.engine = engine;
        this.recorder = recorder;
        this.summarizer = summarizer;
        this.json = json;
        this.settings = settings;
        this.metrics = metrics;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public CallDecision decide(IncomingCallCommand command) {
        long started = System.nanoTime();
        CallAdmissions.Admission admission = admissions.admit(command, agentCanTalk());
        admission.live().ifPresent(this::startConversation);
        metrics.callAdmitted(Duration.ofNanos(System.nanoTime() - started));
        return admission.decision();
    }

    @Override
    public Optional<CallId> claim(String mediaToken) {
        Optional<MediaTokens.ClaimedCall> claimed = tokens.claim(mediaToken, clock.instant());
        claimed.filter(call -> liveCalls.find(call.callId()).isEmpty())
                .ifPresent(call -> claimedElsewhere.put(call.callId(), call));
        return claimed.map(MediaTokens.ClaimedCall::callId);
    }

    @Override
    public CallMediaSink attach(CallId callId, TelephonyCallControl control) {
        Optional<CallBridge> bridge = liveCalls.find(callId);
        if (bridge.isEmpty()) {
            // decided on another server, or this one restarted since: start the conversation now
            MediaTokens.ClaimedCall claimed = Optional.ofNullable(claimedElsewhere.remove(callId))
                    .orElseThrow(() -> new IllegalStateException("call " + callId + " was not claimed"));
            CallAdmissions.LiveStart start = lateStarts.load(claimed)
                    .orElseThrow(() -> new IllegalStateException("call " + callId + " is no longer waiting for media"));
            bridge = Optional.of(startConversation(start));
        }
        claimedElsewhere.remove(callId);
        bridge.get().attach(control);
        return bridge.get();
    }

    private CallBridge startConversation(CallAdmissions.LiveStart start) {
        CallBridge bridge = new CallBridge(start.call(), start.business(), start.profile(), engine, recorder,
                summarizer, json, settings, metrics, clock, System::nanoTime, new SerialTasks(scheduler),
                liveCalls::remove);
        liveCalls.register(bridge);
        // connecting to the engine must not hold up the webhook's answer
        scheduler.execute(() -> bridge.start(start.instructions()));
        return bridge;
    }

    private boolean agentCanTalk() {
        return engine.capabilities().contains(EngineCapability.SPEECH);
    }
}
