package ai.tavari.domain.billing;

/**
 * The state of a business's subscription, mirroring the billing provider's states. {@code NONE}
 * means the business never subscribed.
 */
public enum SubscriptionStatus {
    TRIALING,
    ACTIVE,
    PAST_DUE,
    CANCELED,
    INCOMPLETE,
    INCOMPLETE_EXPIRED,
    UNPAID,
    PAUSED,
    NONE
}
