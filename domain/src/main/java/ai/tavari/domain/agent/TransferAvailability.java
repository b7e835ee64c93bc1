package ai.tavari.domain.agent;

/** When the agent may transfer a caller who asks for a person. */
public enum TransferAvailability {
    NEVER,
    ALWAYS,
    DURING_OPEN_HOURS
}
