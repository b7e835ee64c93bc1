package ai.tavari.domain.agent;

/** What the agent does with a call that arrives while the business is closed. */
public enum AfterHoursAction {
    /** Tell the caller the hours and offer to take a message. */
    TAKE_MESSAGE,
    /** Transfer the caller to the transfer number (requires one). */
    TRANSFER,
    /** Tell the caller the hours and end the call. */
    HOURS_ONLY
}
