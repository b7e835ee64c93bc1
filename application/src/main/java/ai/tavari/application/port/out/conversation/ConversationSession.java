package ai.tavari.application.port.out.conversation;

import java.time.Duration;

/** One live conversation with an engine, for one phone call. Calls may come from any thread. */
public interface ConversationSession {
    void sendCallerAudio(MulawAudio audio);

    void addContext(String text, ContextKind kind);

    /** Has the agent say something now (the greeting, "one moment please"). */
    void say(String instruction);

    void submitToolResult(String toolCallId, String resultJson);

    /** The caller heard only {@code played} of reply {@code itemRef}. Needs {@link EngineCapability#TRUNCATE}. */
    void reportPlayback(String itemRef, Duration played);

    /** Stops the reply being generated. Needs {@link EngineCapability#CANCEL}. */
    void cancelAgentSpeech();

    /** Ends the conversation; an {@link EngineEvent.Ended} follows. Idempotent. */
    void end();
}
