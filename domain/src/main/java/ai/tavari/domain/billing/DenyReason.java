package ai.tavari.domain.billing;

/** Why a call may not be answered by the agent. */
public enum DenyReason {
    BUSINESS_SUSPENDED,
    NO_SUBSCRIPTION,
    PLAN_UNKNOWN,
    SUBSCRIPTION_INACTIVE,
    PAYMENT_OVERDUE,
    SUBSCRIPTION_ENDED,
    SETUP_NOT_FINALIZED,
    MINUTES_EXHAUSTED,
    CONCURRENT_CALL_LIMIT
}
