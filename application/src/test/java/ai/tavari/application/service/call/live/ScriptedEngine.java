package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ContextKind;
import ai.tavari.application.port.out.conversation.ConversationEngine;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.application.port.out.conversation.MulawAudio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** An engine the test plays: it records what the call logic asks of it, and the test emits its events. */
final class ScriptedEngine implements ConversationEngine {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<String> toolResults = Collections.synchronizedList(new ArrayList<>());
    final List<MulawAudio> callerAudio = Collections.synchronizedList(new ArrayList<>());
    CallSetup setup;
    private Consumer<EngineEvent> events;
    boolean ended;
    private final Set<EngineCapability> capabilities;

    ScriptedEngine() {
        this(EnumSet.allOf(EngineCapability.class));
    }

    ScriptedEngine(Set<EngineCapability> capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public Set<EngineCapability> capabilities() {
        return capabilities;
    }

    @Override
    public ConversationSession start(CallSetup callSetup, Consumer<EngineEvent> listener) {
        this.setup = callSetup;
        this.events = listener;
        return new ConversationSession() {
            @Override
            public void sendCallerAudio(MulawAudio audio) {
                callerAudio.add(audio);
            }

            @Override
            public void sendCallerText(String text) {
                calls.add("text:" + text);
            }

            @Override
            public void addContext(String text, ContextKind kind) {
                calls.add("context:" + kind + ":" + text);
            }

            @Override
            public void say(String instruction) {
                calls.add("say:" + instruction);
            }

            @Override
            public void submitToolResult(String toolCallId, String resultJson, boolean agentReplies) {
                toolResults.add(toolCallId + "|" + resultJson + "|" + agentReplies);
            }

            @Override
            public void reportPlayback(String itemRef, Duration played) {
                calls.add("truncate:" + itemRef + ":" + played.toMillis());
            }

            @Override
            public void cancelAgentSpeech() {
                calls.add("cancel");
            }

            @Override
            public void end() {
                ended = true;
            }
        };
    }

    void emit(EngineEvent event) {
        events.accept(event);
    }

    /** {@code millis} of agent audio for reply {@code item} in one delta. */
    void speak(String item, int millis) {
        emit(new EngineEvent.AgentAudio(item, audio(millis)));
    }

    static MulawAudio audio(int millis) {
        byte[] bytes = new byte[millis * MulawAudio.BYTES_PER_MILLISECOND];
        return new MulawAudio(java.util.Base64.getEncoder().encodeToString(bytes));
    }
}
