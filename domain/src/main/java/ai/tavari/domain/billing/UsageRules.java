package ai.tavari.domain.billing;

import ai.tavari.domain.business.Business;
import java.util.Optional;

/** The standard rules of {@link UsagePolicy}, each usable and testable on its own. */
public final class UsageRules {
    private UsageRules() {
    }

    private static Optional<UsageDecision.Deny> deny(DenyReason reason, Fallback fallback) {
        return Optional.of(new UsageDecision.Deny(reason, fallback));
    }

    /** A suspended business gets no service at all: the call is declined. */
    public static final class BusinessNotSuspended implements UsageRule {
        @Override
        public Optional<UsageDecision.Deny> check(CallAuthorizationRequest request) {
            return request.business().isSuspended()
                    ? deny(DenyReason.BUSINESS_SUSPENDED, Fallback.REJECT)
                    : Optional.empty();
        }
    }

    /**
     * The subscription must be in good standing: trialing or active; past due only within the
     * grace period counted from {@code pastDueSince}; canceled only until its current period ends.
     * Its plan must be known. Callers of a business that lapsed can still leave a voicemail.
     */
    public static final class SubscriptionInGoodStanding implements UsageRule {
        @Override
        public Optional<UsageDecision.Deny> check(CallAuthorizationRequest request) {
            Optional<Subscription> found = request.subscription();
            if (found.isEmpty() || found.get().status() == SubscriptionStatus.NONE) {
                return deny(DenyReason.NO_SUBSCRIPTION, Fallback.VOICEMAIL);
            }
            Subscription subscription = found.get();
            if (request.plan().isEmpty() || !request.plan().get().code().equals(subscription.planCode())) {
                return deny(DenyReason.PLAN_UNKNOWN, Fallback.VOICEMAIL);
            }
            return switch (subscription.status()) {
                case ACTIVE, TRIALING -> Optional.empty();
                case PAST_DUE -> request.now().isBefore(subscription.pastDueSince().orElseThrow().plus(request.pastDueGrace()))
                        ? Optional.empty()
                        : deny(DenyReason.PAYMENT_OVERDUE, Fallback.VOICEMAIL);
                case CANCELED -> subscription.currentPeriod().hasEndedBy(request.now())
                        ? deny(DenyReason.SUBSCRIPTION_ENDED, Fallback.VOICEMAIL)
                        : Optional.empty();
                case INCOMPLETE, INCOMPLETE_EXPIRED, UNPAID, PAUSED, NONE ->
                        deny(DenyReason.SUBSCRIPTION_INACTIVE, Fallback.VOICEMAIL);
            };
        }
    }

    /**
     * The owner must have finalized setup. Until then calls go to the business's own phone if it
     * is known, otherwise they are declined.
     */
    public static final class SetupFinalized implements UsageRule {
        @Override
        public Optional<UsageDecision.Deny> check(CallAuthorizationRequest request) {
            if (request.setupFinalized()) {
                return Optional.empty();
            }
            Business business = request.business();
            return deny(DenyReason.SETUP_NOT_FINALIZED, business.phone().isPresent() ? Fallback.FORWARD : Fallback.REJECT);
        }
    }

    /** Included minutes must remain, unless the plan allows overage. Skipped without a plan. */
    public static final class MinutesLeft implements UsageRule {
        @Override
        public Optional<UsageDecision.Deny> check(CallAuthorizationRequest request) {
            return request.plan()
                    .filter(plan -> !plan.overageAllowed())
                    .filter(plan -> plan.remainingMinutes(request.minutesUsedInPeriod()) <= 0)
                    .flatMap(plan -> deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL));
        }
    }

    /** Calls in progress must be fewer than the plan's cap. Skipped without a plan. */
    public static final class ConcurrentCallsUnderCap implements UsageRule {
        @Override
        public Optional<UsageDecision.Deny> check(CallAuthorizationRequest request) {
            return request.plan()
                    .filter(plan -> request.activeCallCount() >= plan.maxConcurrentCalls())
                    .flatMap(plan -> deny(DenyReason.CONCURRENT_CALL_LIMIT, Fallback.VOICEMAIL));
        }
    }
}
