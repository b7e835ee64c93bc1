package ai.tavari.domain.billing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether the agent may answer an incoming call and for how long. Rules are checked in
 * order and the first one violated decides; the standard order is: business not suspended,
 * subscription in good standing, setup finalized, minutes left, concurrent calls under the cap.
 *
 * <p>An allowed call may last at most the configured absolute cap, and, unless the plan allows
 * overage, no longer than the included minutes left in the period.
 */
public final class UsagePolicy {
    public static final Duration DEFAULT_MAX_CALL_DURATION = Duration.ofMinutes(30);

    private final List<UsageRule> rules;
    private final Duration maxCallDuration;

    public UsagePolicy(List<UsageRule> rules, Duration maxCallDuration) {
        this.rules = List.copyOf(rules);
        Objects.requireNonNull(maxCallDuration, "maxCallDuration");
        if (maxCallDuration.isNegative() || maxCallDuration.isZero()) {
            throw new IllegalArgumentException("maxCallDuration must be positive");
        }
        this.maxCallDuration = maxCallDuration;
    }

    public static UsagePolicy standard(Duration maxCallDuration) {
        return new UsagePolicy(standardRules(), maxCallDuration);
    }

    public static UsagePolicy standard() {
        return standard(DEFAULT_MAX_CALL_DURATION);
    }

    public static List<UsageRule> standardRules() {
        return List.of(
                new UsageRules.BusinessNotSuspended(),
                new UsageRules.SubscriptionInGoodStanding(),
                new UsageRules.SetupFinalized(),
                new UsageRules.MinutesLeft(),
                new UsageRules.ConcurrentCallsUnderCap());
    }

    public List<UsageRule> rules() {
        return rules;
    }

    public Duration maxCallDuration() {
        return maxCallDuration;
    }

    public UsageDecision decide(CallAuthorizationRequest request) {
        Objects.requireNonNull(request, "request");
        for (UsageRule rule : rules) {
            Optional<UsageDecision.Deny> denial = rule.check(request);
            if (denial.isPresent()) {
                return denial.get();
            }
        }
        Duration allowed = allowedDuration(request);
        if (allowed.isZero()) {
            // Only reachable with a custom rule list that leaves out MinutesLeft.
            return new UsageDecision.Deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL);
        }
        return new UsageDecision.Allow(allowed);
    }

    private Duration allowedDuration(CallAuthorizationRequest request) {
        if (request.plan().isEmpty() || request.plan().get().overageAllowed()) {
            return maxCallDuration;
        }
        long remaining = request.plan().get().remainingMinutes(request.minutesUsedInPeriod());
        Duration left = Duration.ofMinutes(remaining);
        return left.compareTo(maxCallDuration) < 0 ? left : maxCallDuration;
    }
}
