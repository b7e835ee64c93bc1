package ai.tavari.domain.billing;

import ai.tavari.domain.business.Business;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link UsagePolicy} needs to decide about one incoming call.
 *
 * @param plan the plan of {@code subscription}, looked up by its code; empty when unknown
 * @param minutesUsedInPeriod billable minutes already used in the subscription's current period
 * @param activeCallCount calls of this business in progress now, not counting the incoming one
 * @param pastDueGrace how long a past-due subscription keeps working (configuration)
 */
public record CallAuthorizationRequest(
        Business business,
        Optional<Subscription> subscription,
        Optional<Plan> plan,
        boolean setupFinalized,
        long minutesUsedInPeriod,
        int activeCallCount,
        Instant now,
        Duration pastDueGrace) {

    public CallAuthorizationRequest {
        Objects.requireNonNull(business, "business");
        subscription = Objects.requireNonNullElse(subscription, Optional.empty());
        plan = Objects.requireNonNullElse(plan, Optional.empty());
        if (minutesUsedInPeriod < 0) {
            throw new IllegalArgumentException("minutesUsedInPeriod must not be negative");
        }
        if (activeCallCount < 0) {
            throw new IllegalArgumentException("activeCallCount must not be negative");
        }
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(pastDueGrace, "pastDueGrace");
        if (pastDueGrace.isNegative()) {
            throw new IllegalArgumentException("pastDueGrace must not be negative");
        }
    }
}
