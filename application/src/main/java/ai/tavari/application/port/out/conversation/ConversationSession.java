package ai.tavari.application.port.out.conversation;

import java.time.Duration;

/** One live conversation with an engine, for one phone call. Calls may come from any thread. */
public interface ConversationSession {
    void sendCallerAudio(MulawAudio audio);

    /** What the caller said as text (the dashboard's test chat, or an engine without speech). */
    void sendCallerText(String text);

    void addContext(String text, ContextKind kind);

    /** Has the agent say something now (the greeting, "one moment please"). */
    void say(String instruction);

    /**
     * Answers tool call {@code toolCallId}. With {@code agentReplies} the agent then speaks (once
     * its current reply is over); without, the result is only added to the conversation.
     */
    void submitToolResult(String toolCallId, String resultJson, boolean agentReplies);

    /** The caller heard only {@code played} of reply {@code itemRef}. Needs {@link EngineCapability#TRUNCATE}. */
    void reportPlayback(String itemRef, Duration played);

    /** Stops the reply being generated. Needs {@link EngineCapability#CANCEL}. */
    void cancelAgentSpeech();

    /** Ends the conversation; an {@link EngineEvent.Ended} follows. Idempotent. */
    void end();
}
