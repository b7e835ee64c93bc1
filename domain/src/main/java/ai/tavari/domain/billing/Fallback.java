package ai.tavari.domain.billing;

/** What happens to a call the agent may not answer. */
public enum Fallback {
    /** The telephony scenario records a voicemail. */
    VOICEMAIL,
    /** The call is forwarded to the business's own phone number. */
    FORWARD,
    /** The call is declined. */
    REJECT
}
