package ai.tavari.application.port.out.conversation;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A speech-to-speech AI that holds a phone conversation (design: one port for every engine).
 * Audio on this port is always μ-law 8 kHz; no engine needs a transcoder.
 */
public interface ConversationEngine {
    Set<EngineCapability> capabilities();

    /**
     * Opens a conversation. Events, including a failure to connect, arrive on {@code events}
     * in order, on the engine's own thread.
     */
    ConversationSession start(CallSetup setup, Consumer<EngineEvent> events);
}
