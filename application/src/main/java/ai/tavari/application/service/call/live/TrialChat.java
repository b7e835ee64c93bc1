package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.ToolJson;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ConversationEngine;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.shared.CallId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One trial chat: the owner's lines go to the engine as caller text; the agent's tool calls are
 * answered by {@link CallTools} against a pretend call, without storing, transferring or hanging up.
 * A reply is complete when every turn the engine owes has ended.
 */
final class TrialChat implements Consumer<EngineEvent> {
    static final Duration REPLY_WAIT = Duration.ofSeconds(5);

    private final String id = UUID.randomUUID().toString();
    private final BusinessId businessId;
    private final TrialSetups.TrialSetup setup;
    private final CallTools tools;
    private final ToolJson json;
    private final Clock clock;
    private final ConversationSession session;
    private final CallSession pretendCall;
    private final List<String> said = new ArrayList<>();
    private final Set<String> toolsUsed = new LinkedHashSet<>();
    private final Set<String> answeredToolCalls = new java.util.HashSet<>();
    private int turnsOwed;
    private boolean ended;
    private volatile Instant lastUsed;

    TrialChat(BusinessId businessId, TrialSetups.TrialSetup setup, ConversationEngine engine, ToolJson json, Clock clock) {
        this.businessId = businessId;
        this.setup = setup;
        this.tools = new CallTools(setup.business(), setup.profile());
        this.json = json;
        this.clock = clock;
        this.lastUsed = clock.instant();
        this.pretendCall = CallSession.ring(CallId.newId(), businessId, "trial", "trial", Optional.empty(),
                clock.instant());
        synchronized (this) {
            turnsOwed = 1; // the greeting
            this.session = engine.start(new CallSetup(setup.instructions(), setup.profile().voice(),
                    setup.profile().language(), tools.definitions(), Optional.of(setup.profile().greeting())), this);
        }
    }

    String id() {
        return id;
    }

    BusinessId businessId() {
        return businessId;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    synchronized boolean isEnded() {
        return ended;
    }

    synchronized List<String> toolsUsed() {
        return List.copyOf(toolsUsed);
    }

    /** What the agent says first. */
    synchronized List<String> open() {
        return awaitReply();
    }

    synchronized List<String> say(String text, Instant now) {
        lastUsed = now;
        turnsOwed++;
        session.sendCallerText(text);
        return awaitReply();
    }

    void close() {
        session.end();
    }

    @Override
    public synchronized void accept(EngineEvent event) {
        if (event instanceof EngineEvent.AgentTranscript transcript && transcript.isFinal()) {
            said.add(transcript.text());
        } else if (event instanceof EngineEvent.ToolCall toolCall && answeredToolCalls.add(toolCall.callId())) {
            answer(toolCall);
        } else if (event instanceof EngineEvent.AgentTurnEnded) {
            turnsOwed--;
        } else if (event instanceof EngineEvent.Ended || event instanceof EngineEvent.EngineError) {
            turnsOwed = 0;
        }
        notifyAll();
    }

    private void answer(EngineEvent.ToolCall toolCall) {
        toolsUsed.add(toolCall.name());
        Optional<Map<String, Object>> arguments;
        try {
            arguments = Optional.of(json.parseObject(toolCall.argumentsJson()));
        } catch (IllegalArgumentException e) {
            arguments = Optional.empty();
        }
        ToolOutcome outcome = tools.run(toolCall.name(), arguments, pretendCall, clock.instant());
        boolean agentReplies = !(outcome instanceof ToolOutcome.EndCall);
        if (outcome instanceof ToolOutcome.EndCall) {
            ended = true;
        }
        if (agentReplies) {
            turnsOwed++;
        }
        session.submitToolResult(toolCall.callId(), json.write(outcome.result()), agentReplies);
    }

    private List<String> awaitReply() {
        long deadline = System.nanoTime() + REPLY_WAIT.toNanos();
        while (turnsOwed > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        turnsOwed = Math.max(turnsOwed, 0);
        List<String> reply = List.copyOf(said);
        said.clear();
        if (ended) {
            session.end();
        }
        return reply;
    }
}
