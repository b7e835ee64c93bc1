package ai.tavari.domain.agent;

/** What the agent asks a caller for when it takes a message. */
public enum MessageField {
    CALLER_NAME,
    CALLBACK_NUMBER,
    REASON,
    URGENCY,
    EMAIL
}
