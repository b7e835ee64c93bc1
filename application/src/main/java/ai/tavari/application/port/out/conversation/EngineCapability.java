package ai.tavari.application.port.out.conversation;

/** Optional operations; the call logic asks for these instead of branching on the vendor. */
public enum EngineCapability {
    /** Hears and speaks μ-law audio; an engine without it works on text only (no phone calls). */
    SPEECH,
    /** {@link ConversationSession#reportPlayback} trims what the caller did not hear. */
    TRUNCATE,
    /** {@link ConversationSession#cancelAgentSpeech} stops a reply being generated. */
    CANCEL,
    /** The engine reports the caller starting to speak, for barge-in. */
    CALLER_SPEECH_EVENTS
}
