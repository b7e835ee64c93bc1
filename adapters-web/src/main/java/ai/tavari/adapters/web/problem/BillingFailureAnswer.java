package ai.tavari.adapters.web.problem;

import ai.tavari.application.port.out.BillingUnavailableException;
import java.util.Optional;

/**
 * How the API answers when the payment provider fails: 503 with {@code Retry-After} when trying
 * again may work, 502 when the provider refused. The provider's own message is for the log only: it
 * names keys, prices and customers that are the operator's business, not the owner's.
 */
record BillingFailureAnswer(ProblemType type, String detail, Optional<Integer> retryAfterSeconds) {
    /** Seconds an owner is told to wait; the provider's outages are usually short. */
    static final int RETRY_AFTER_SECONDS = 30;

    static BillingFailureAnswer of(BillingUnavailableException failure, String requestId) {
        if (failure.temporary()) {
            return new BillingFailureAnswer(ProblemType.BILLING_UNAVAILABLE, "The payment provider cannot be reached "
                    + "right now. Try again in a minute; nothing was charged.", Optional.of(RETRY_AFTER_SECONDS));
        }
        return new BillingFailureAnswer(ProblemType.BILLING_PROVIDER_ERROR, "The payment provider refused the request, "
                + "so nothing was charged. If it keeps happening, quote request id " + requestId + ".", Optional.empty());
    }
}
