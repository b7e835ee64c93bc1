package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.call.CallMediaSink;
import ai.tavari.application.port.out.CallMetrics;
import ai.tavari.application.port.out.CallSummarizer;
import ai.tavari.application.port.out.ToolJson;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ContextKind;
import ai.tavari.application.port.out.conversation.ConversationEngine;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.application.port.out.telephony.TelephonyCallControl;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallState;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The conversation of one live call: agent audio to the caller paced to real time, caller audio to
 * the engine, barge-in, the agent's tools, transcript capture, the duration cap, and the fallback
 * to voicemail when the AI fails. Written against ports only, so it runs the same with every
 * telephony and AI adapter (design: CallBridge).
 *
 * <p>Engine events, telephony events and the periodic {@link #tick} come from different threads;
 * every state change happens under this object's lock, and database writes go through one serial
 * queue per call so that they stay in order and never hold up audio.
 */
final class CallBridge implements CallMediaSink, Consumer<EngineEvent> {
    private static final Logger LOG = Logger.getLogger(CallBridge.class.getName());

    enum Phase {
        /** The engine is getting ready (the greeting is being generated); no media yet. */
        PREPARING,
        LIVE,
        /** The agent is saying goodbye (or announcing a transfer); the call ends when it has played. */
        WINDING_DOWN,
        TRANSFERRING,
        /** The AI failed: the telephony side takes a voicemail. */
        FALLBACK,
        CLOSED
    }

    private final CallSession call;
    private final Business business;
    private final AgentProfile profile;
    private final CallTools tools;
    private final ConversationEngine engine;
    private final CallRecorder recorder;
    private final CallSummarizer summarizer;
    private final ToolJson json;
    private final LiveCallSettings settings;
    private final CallMetrics metrics;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Consumer<CallBridge> onClosed;
    private final SerialTasks writes;
    private final AgentPlayback playback;
    private final long createdAt;
    private final Set<String> answeredToolCalls = new HashSet<>();
    private final Set<String> toolsUsed = new LinkedHashSet<>();

    private volatile Phase phase = Phase.PREPARING;
    private volatile ConversationSession session;
    private TelephonyCallControl telephony;
    private long mediaConnectedAt;
    private long fallbackAt;
    private boolean firstAudioHeard;
    private long awaitingReplySince = -1;
    private boolean agentSpeakingThisTurn;
    private String interruptedReply;
    private Pending pending;
    private boolean wrapUpSent;
    private boolean capReached;
    private CallPrices.TokenTotals tokens = CallPrices.TokenTotals.NONE;

    CallBridge(CallSession call, Business business, AgentProfile profile, ConversationEngine engine,
               CallRecorder recorder, CallSummarizer summarizer, ToolJson json,
               LiveCallSettings settings, CallMetrics metrics, Clock clock, LongSupplier nanoTime, SerialTasks writes,
               Consumer<CallBridge> onClosed) {
        this.call = call;
        this.business = business;
        this.profile = profile;
        this.tools = new CallTools(business, profile);
        this.engine = engine;
        this.recorder = recorder;
        this.summarizer = summarizer;
        this.json = json;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.writes = writes;
        this.onClosed = onClosed;
        this.playback = new AgentPlayback(settings.maxLead().toMillis(), this::sendToCaller);
        this.createdAt = nanoTime.getAsLong();
    }

    CallSession call() {
        return call;
    }

    Phase phase() {
        return phase;
    }

    /** Opens the conversation so the greeting is ready by the time the caller's media connects. */
    synchronized void start(String instructions) {
        CallSetup setup = new CallSetup(instructions, profile.voice(), profile.language(), tools.definitions(),
                Optional.of("Greet the caller now with exactly: \"" + profile.greeting() + "\""));
        try {
            session = engine.start(setup, this);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not start the conversation of call " + call.id(), e);
            fallBack("engine start failed");
        }
        if (phase == Phase.FALLBACK || phase == Phase.CLOSED) {
            endEngine();
        }
    }

    // ---- telephony side ----

    /** The caller's media connected: the call is answered and the agent's audio starts to flow. */
    synchronized void attach(TelephonyCallControl control) {
        Objects.requireNonNull(control, "control");
        if (telephony != null) {
            throw new IllegalStateException("call " + call.id() + " already has media");
        }
        telephony = control;
        mediaConnectedAt = nanoTime.getAsLong();
        if (phase == Phase.FALLBACK || phase == Phase.CLOSED) {
            control.voicemail(settings.apology(), settings.maxVoicemail());
            return;
        }
        call.startConversation(clock.instant());
        metrics.callStarted();
        phase = Phase.LIVE;
        writes.submit(() -> recorder.save(call));
        playback.pump(mediaConnectedAt);
    }

    @Override
    public void callerAudio(MulawAudio audio) {
        Phase now = phase;
        ConversationSession current = session;
        if ((now == Phase.LIVE || now == Phase.WINDING_DOWN) && current != null) {
            current.sendCallerAudio(audio);
        }
    }

    @Override
    public void playbackStarted() {
        // informational: pacing already knows what was sent and when
    }

    @Override
    public void playbackEnded() {
        // informational, see playbackStarted
    }

    @Override
    public synchronized void transferResult(boolean success, Optional<Integer> code) {
        if (phase != Phase.TRANSFERRING) {
            return;
        }
        if (success) {
            finish(Outcome.TRANSFERRED);
            return;
        }
        call.transferFailed(clock.instant());
        writes.submit(() -> recorder.save(call));
        phase = Phase.LIVE;
        session.addContext("The transfer failed: nobody answered" + code.map(c -> " (code " + c + ")").orElse("")
                + ".", ContextKind.FACT);
        session.say("Apologise briefly: nobody could be reached right now. Offer to take a message.");
        awaitingReplySince = nanoTime.getAsLong();
    }

    @Override
    public synchronized void telephonyEnded(String reason) {
        if (phase == Phase.CLOSED) {
            return;
        }
        finish(endingOutcome(false));
    }

    @Override
    public synchronized void mediaFailed(String reason) {
        LOG.warning(() -> "media of call " + call.id() + " failed: " + reason);
        if (phase == Phase.CLOSED) {
            return;
        }
        finish(endingOutcome(false));
    }

    // ---- engine side ----

    @Override
    public synchronized void accept(EngineEvent event) {
        if (phase == Phase.CLOSED || phase == Phase.FALLBACK) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (event instanceof EngineEvent.AgentAudio audio) {
            agentAudio(audio, now);
        } else if (event instanceof EngineEvent.CallerSpeechStarted) {
            bargeIn(now);
        } else if (event instanceof EngineEvent.CallerSpeechStopped) {
            if (phase == Phase.LIVE) {
                awaitingReplySince = now;
            }
        } else if (event instanceof EngineEvent.CallerTranscript transcript) {
            transcript(Speaker.CALLER, transcript.text(), transcript.isFinal());
        } else if (event instanceof EngineEvent.AgentTranscript transcript) {
            transcript(Speaker.AGENT, transcript.text(), transcript.isFinal());
        } else if (event instanceof EngineEvent.ToolCall toolCall) {
            toolCall(toolCall, now);
        } else if (event instanceof EngineEvent.Usage usage) {
            tokens = tokens.plus(usage);
        } else if (event instanceof EngineEvent.AgentTurnEnded) {
            turnEnded();
        } else if (event instanceof EngineEvent.Ended ended) {
            engineGone("engine ended: " + ended.reason());
        } else if (event instanceof EngineEvent.EngineError error) {
            if (error.fatal()) {
                engineGone("engine error " + error.code() + ": " + error.message());
            } else {
                LOG.info(() -> "call " + call.id() + ": engine reported " + error.code() + ": " + error.message());
            }
        }
        // AgentAudioSegmentEnded needs nothing: pacing plays out what is queued
    }

    private void agentAudio(EngineEvent.AgentAudio audio, long now) {
        if (phase == Phase.TRANSFERRING) {
            return;
        }
        String reply = Objects.requireNonNullElse(audio.itemRef(), "");
        if (reply.equals(interruptedReply)) {
            return;
        }
        agentSpeakingThisTurn = true;
        awaitingReplySince = -1;
        playback.add(reply, audio.audio());
        if (telephony != null) {
            if (!firstAudioHeard) {
                firstAudioHeard = true;
                metrics.firstAgentAudio(Duration.ofNanos(now - mediaConnectedAt));
            }
            playback.pump(now);
        }
    }

    private void bargeIn(long now) {
        awaitingReplySince = -1;
        if (telephony == null || (phase != Phase.LIVE && phase != Phase.WINDING_DOWN)) {
            return;
        }
        Optional<AgentPlayback.Interruption> cut = playback.interrupt(now);
        if (cut.isEmpty()) {
            return;
        }
        telephony.clearPlayback();
        metrics.bargeIn();
        AgentPlayback.Interruption interruption = cut.get();
        interruptedReply = interruption.replyRef();
        if (!interruption.heardEverything() && engine.capabilities().contains(EngineCapability.TRUNCATE)) {
            session.reportPlayback(interruption.replyRef(), Duration.ofMillis(interruption.heardMillis()));
        }
    }

    private void transcript(Speaker speaker, String text, boolean isFinal) {
        if (!isFinal || text == null || text.isBlank() || call.state() == CallState.RINGING || call.isEnded()) {
            return;
        }
        call.addTurn(speaker, text.strip(), clock.instant());
        writes.submit(() -> recorder.save(call));
    }

    private void toolCall(EngineEvent.ToolCall toolCall, long now) {
        if (!answeredToolCalls.add(toolCall.callId())) {
            return;
        }
        toolsUsed.add(toolCall.name());
        awaitingReplySince = -1;
        ToolOutcome outcome = tools.run(toolCall.name(), arguments(toolCall.argumentsJson()), call, clock.instant());
        if (outcome instanceof ToolOutcome.SaveMessage save) {
            saveMessage(toolCall.callId(), save);
        } else if (outcome instanceof ToolOutcome.Transfer transfer) {
            boolean announce = !agentSpeakingThisTurn;
            reply(toolCall.callId(), transfer.result(), announce);
            pending = Pending.transfer(transfer.to(), announce ? 2 : 1, now + nanos(settings.goodbyeTimeout()));
            phase = Phase.WINDING_DOWN;
        } else if (outcome instanceof ToolOutcome.EndCall end) {
            boolean sayGoodbye = !agentSpeakingThisTurn;
            Map<String, Object> result = end.result();
            if (sayGoodbye) {
                result.put("say", "Say a short, friendly goodbye now.");
            }
            reply(toolCall.callId(), result, sayGoodbye);
            pending = Pending.hangUp(sayGoodbye ? 2 : 1, now + nanos(settings.goodbyeTimeout()));
            phase = Phase.WINDING_DOWN;
        } else {
            reply(toolCall.callId(), outcome.result(), true);
        }
    }

    private void saveMessage(String toolCallId, ToolOutcome.SaveMessage save) {
        writes.submit(() -> {
            Map<String, Object> result = save.result();
            try {
                recorder.saveMessage(call, save.message(), business, profile.messageSettings());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not save the message of call " + call.id(), e);
                result = Map.of("saved", false, "error",
                        "The message could not be saved. Apologise and ask the caller to try again later.");
            }
            Map<String, Object> answer = result;
            synchronized (this) {
                if (phase != Phase.CLOSED && phase != Phase.FALLBACK) {
                    reply(toolCallId, answer, true);
                }
            }
        });
    }

    private void reply(String toolCallId, Map<String, ?> result, boolean agentReplies) {
        session.submitToolResult(toolCallId, json.write(result), agentReplies);
    }

    private Optional<Map<String, Object>> arguments(String argumentsJson) {
        try {
            return Optional.of(json.parseObject(argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void turnEnded() {
        agentSpeakingThisTurn = false;
        if (pending != null) {
            pending = pending.turnEnded();
        }
    }

    private void engineGone(String cause) {
        if (phase == Phase.WINDING_DOWN && pending != null) {
            // the goodbye or the announcement is all that was left: carry on without the engine
            pending = pending.withoutTurns();
            return;
        }
        if (phase == Phase.TRANSFERRING) {
            return;
        }
        fallBack(cause);
    }

    // ---- time ----

    /** Called about every 20 ms: paces audio and watches deadlines. */
    synchronized void tick() {
        long now = nanoTime.getAsLong();
        if (phase == Phase.CLOSED) {
            return;
        }
        if (phase == Phase.PREPARING) {
            if (now - createdAt > nanos(settings.mediaConnectTimeout())) {
                LOG.info(() -> "call " + call.id() + ": media never connected");
                finish(Outcome.CALLER_HUNG_UP);
            }
            return;
        }
        if (phase == Phase.FALLBACK) {
            long limit = telephony == null ? nanos(settings.mediaConnectTimeout())
                    : nanos(settings.maxVoicemail().plusSeconds(30));
            if (now - fallbackAt > limit) {
                close();
            }
            return;
        }
        playback.pump(now);
        if (pending != null && pending.isDue(now, playback.isDrained(now))) {
            Pending due = pending;
            pending = null;
            if (due.transferTo() != null) {
                startTransfer(due.transferTo());
            } else {
                telephony.hangUp();
                finish(endingOutcome(true));
            }
            return;
        }
        if (phase == Phase.LIVE && awaitingReplySince >= 0 && now - awaitingReplySince > nanos(settings.noReplyTimeout())) {
            fallBack("no agent audio after the caller spoke");
            return;
        }
        watchDeadline(now);
    }

    private void watchDeadline(long now) {
        Optional<Instant> deadline = call.deadline();
        if (deadline.isEmpty() || phase == Phase.TRANSFERRING) {
            return;
        }
        Instant wallNow = clock.instant();
        if (!wrapUpSent && !wallNow.isBefore(deadline.get().minus(settings.wrapUpBefore()))) {
            wrapUpSent = true;
            session.addContext("This call must end in about " + settings.wrapUpBefore().toSeconds()
                    + " seconds. Wrap up now: offer to take a message if anything is left open.", ContextKind.RULE);
        }
        if (!capReached && !wallNow.isBefore(deadline.get())) {
            capReached = true;
            if (phase == Phase.LIVE) {
                session.say("The call time is up. Apologise, say that we have to end the call now, and say goodbye"
                        + " in one sentence.");
                pending = Pending.hangUp(agentSpeakingThisTurn ? 2 : 1, now + nanos(settings.goodbyeTimeout()));
                phase = Phase.WINDING_DOWN;
            }
        }
    }

    // ---- endings ----

    private void startTransfer(PhoneNumber to) {
        call.beginTransfer(to, clock.instant());
        writes.submit(() -> recorder.save(call));
        phase = Phase.TRANSFERRING;
        playback.discard(nanoTime.getAsLong());
        telephony.transfer(to);
    }

    private void fallBack(String cause) {
        if (phase == Phase.FALLBACK || phase == Phase.CLOSED) {
            return;
        }
        LOG.warning(() -> "call " + call.id() + " falls back to voicemail: " + cause);
        metrics.aiFailure(cause);
        phase = Phase.FALLBACK;
        fallbackAt = nanoTime.getAsLong();
        endEngine();
        playback.discard(fallbackAt);
        if (telephony != null) {
            telephony.clearPlayback();
            telephony.voicemail(settings.apology(), settings.maxVoicemail());
        }
        if (call.endIfActive(Outcome.AI_FAILURE_FALLBACK, clock.instant())) {
            metrics.callEnded(Outcome.AI_FAILURE_FALLBACK);
            recordEnd();
        }
    }

    private Outcome endingOutcome(boolean agentEndedIt) {
        if (capReached && agentEndedIt) {
            return Outcome.LIMIT_REACHED;
        }
        if (call.state() == CallState.TRANSFERRING || call.state() == CallState.AUTHORIZED
                || call.state() == CallState.RINGING) {
            return Outcome.CALLER_HUNG_UP;
        }
        if (call.linkedMessageId().isPresent()) {
            return Outcome.MESSAGE_TAKEN;
        }
        return agentEndedIt || phase == Phase.WINDING_DOWN ? Outcome.COMPLETED : Outcome.CALLER_HUNG_UP;
    }

    private void finish(Outcome outcome) {
        endEngine();
        playback.discard(nanoTime.getAsLong());
        if (call.endIfActive(outcome, clock.instant())) {
            metrics.callEnded(outcome);
            recordEnd();
        }
        close();
    }

    private void recordEnd() {
        Set<String> used = Set.copyOf(toolsUsed);
        CallPrices.TokenTotals totals = tokens;
        Instant at = clock.instant();
        writes.submit(() -> recorder.finish(call, used, settings.prices(), totals, at));
        writes.submit(this::summarizeWithAi);
    }

    /** After the call is stored: a written summary replaces the extractive one, if the summarizer gives one. */
    private void summarizeWithAi() {
        if (call.transcript().isEmpty()) {
            return;
        }
        summarizer.summarize(business.name(), call.transcript())
                .map(String::strip)
                .filter(summary -> !summary.isEmpty())
                .map(summary -> summary.length() <= CallSession.MAX_SUMMARY_LENGTH ? summary
                        : summary.substring(0, CallSession.MAX_SUMMARY_LENGTH - 1) + "…")
                .ifPresent(summary -> recorder.replaceSummary(call, summary));
    }

    private void close() {
        phase = Phase.CLOSED;
        // stay findable until the last writes are stored, so late reports about this call come
        // here (and are ignored) instead of racing those writes
        writes.submit(() -> onClosed.accept(this));
    }

    private void endEngine() {
        ConversationSession current = session;
        if (current != null) {
            try {
                current.end();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "ending the conversation failed", e);
            }
        }
    }

    private void sendToCaller(MulawAudio audio) {
        telephony.play(audio);
    }

    private static long nanos(Duration duration) {
        return duration.toNanos();
    }

    /** Something to do once the agent's current words have played: hang up, or transfer. */
    private record Pending(PhoneNumber transferTo, int turnsToWait, long deadline) {
        static Pending hangUp(int turns, long deadline) {
            return new Pending(null, turns, deadline);
        }

        static Pending transfer(PhoneNumber to, int turns, long deadline) {
            return new Pending(to, turns, deadline);
        }

        Pending turnEnded() {
            return new Pending(transferTo, turnsToWait - 1, deadline);
        }

        Pending withoutTurns() {
            return new Pending(transferTo, 0, deadline);
        }

        boolean isDue(long now, boolean drained) {
            return (turnsToWait <= 0 && drained) || now > deadline;
        }
    }

    @Override
    public String toString() {
        return "CallBridge[" + call.id() + ", " + phase + "]";
    }
}
