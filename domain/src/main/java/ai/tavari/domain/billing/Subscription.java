package ai.tavari.domain.billing;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A business's subscription to a plan. {@code pastDueSince} records when payment started to fail
 * and is required while {@link SubscriptionStatus#PAST_DUE}: the grace period counts from it.
 */
public record Subscription(
        String planCode,
        SubscriptionStatus status,
        UsagePeriod currentPeriod,
        boolean cancelAtPeriodEnd,
        Optional<Instant> pastDueSince) {

    public Subscription {
        if (planCode == null || planCode.isBlank()) {
            throw new DomainValidationException("planCode", "must not be blank");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currentPeriod, "currentPeriod");
        pastDueSince = Objects.requireNonNullElse(pastDueSince, Optional.empty());
        if (status == SubscriptionStatus.PAST_DUE && pastDueSince.isEmpty()) {
            throw new DomainValidationException("pastDueSince", "is required while the subscription is past due");
        }
    }

    /** A new trial of {@code trialDays} days starting at {@code start}. */
    public static Subscription trial(String planCode, Instant start, int trialDays) {
        if (trialDays < 1) {
            throw new DomainValidationException("trialDays", "must be at least 1");
        }
        return new Subscription(planCode, SubscriptionStatus.TRIALING,
                new UsagePeriod(start, start.plus(Duration.ofDays(trialDays))), false, Optional.empty());
    }

    public static Subscription active(String planCode, UsagePeriod period) {
        return new Subscription(planCode, SubscriptionStatus.ACTIVE, period, false, Optional.empty());
    }

    public Subscription withStatus(SubscriptionStatus newStatus, Optional<Instant> newPastDueSince) {
        return new Subscription(planCode, newStatus, currentPeriod, cancelAtPeriodEnd, newPastDueSince);
    }

    public Subscription withCurrentPeriod(UsagePeriod period) {
        return new Subscription(planCode, status, period, cancelAtPeriodEnd, pastDueSince);
    }

    public Subscription withCancelAtPeriodEnd(boolean cancel) {
        return new Subscription(planCode, status, currentPeriod, cancel, pastDueSince);
    }
}
