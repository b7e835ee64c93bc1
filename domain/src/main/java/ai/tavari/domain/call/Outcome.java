package ai.tavari.domain.call;

/** How a call ended. */
public enum Outcome {
    /** The conversation ended normally (the agent or the caller said goodbye). */
    COMPLETED,
    /** The agent took a message. */
    MESSAGE_TAKEN,
    /** The caller was handed over to a person. */
    TRANSFERRED,
    /** The caller hung up first. */
    CALLER_HUNG_UP,
    /** The call reached its maximum duration. */
    LIMIT_REACHED,
    /** The AI side failed and the call fell back to voicemail or the local engine. */
    AI_FAILURE_FALLBACK,
    /** The call was not answered by the agent (usage policy denied it). */
    REJECTED
}
