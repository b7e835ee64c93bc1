package ai.tavari.application.port.in.billing;

/** What recording a billing event did. Every result is an acknowledgement to the provider. */
public enum BillingEventResult {
    /** The event changed the business's subscription. */
    APPLIED,
    /** The event was seen before: nothing changed. */
    DUPLICATE,
    /** Older than the state already applied: nothing changed. */
    STALE,
    /** Not an event the product acts on, or about no known business: nothing changed. */
    IGNORED
}
