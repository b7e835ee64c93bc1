package ai.tavari.application.port.out;

import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A business's subscription as the payment provider last reported it.
 *
 * @param customerId the provider's customer ({@code cus_…})
 * @param subscriptionId the provider's subscription ({@code sub_…}); unique across businesses
 * @param currentPeriod the provider's current billing period, once a subscription event reported it
 * @param pastDueSince when payment started to fail; present exactly while {@link SubscriptionStatus#PAST_DUE}
 * @param stateAsOf the provider's timestamp of the newest event applied: an older one is stale
 */
public record StoredSubscription(
        BusinessId businessId,
        String planCode,
        SubscriptionStatus status,
        Optional<String> customerId,
        Optional<String> subscriptionId,
        Optional<UsagePeriod> currentPeriod,
        boolean cancelAtPeriodEnd,
        Optional<Instant> pastDueSince,
        Optional<Instant> stateAsOf,
        Instant updatedAt) {
    public static final int MAX_PLAN_CODE_LENGTH = 64;
    public static final int MAX_PROVIDER_ID_LENGTH = 255;

    public StoredSubscription {
        Objects.requireNonNull(businessId, "businessId");
        if (planCode == null || planCode.isBlank() || planCode.length() > MAX_PLAN_CODE_LENGTH) {
            throw new IllegalArgumentException("plan code must be 1 to " + MAX_PLAN_CODE_LENGTH + " characters");
        }
        Objects.requireNonNull(status, "status");
        if (status == SubscriptionStatus.NONE) {
            throw new IllegalArgumentException("a stored subscription has a provider status, not NONE");
        }
        customerId = checkId("customerId", customerId);
        subscriptionId = checkId("subscriptionId", subscriptionId);
        currentPeriod = Objects.requireNonNullElse(currentPeriod, Optional.empty());
        pastDueSince = Objects.requireNonNullElse(pastDueSince, Optional.empty());
        if ((status == SubscriptionStatus.PAST_DUE) != pastDueSince.isPresent()) {
            throw new IllegalArgumentException("pastDueSince is required while past due, and only then");
        }
        stateAsOf = Objects.requireNonNullElse(stateAsOf, Optional.empty());
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    private static Optional<String> checkId(String field, Optional<String> id) {
        Optional<String> value = Objects.requireNonNullElse(id, Optional.empty());
        if (value.isPresent() && (value.get().isBlank() || value.get().length() > MAX_PROVIDER_ID_LENGTH)) {
            throw new IllegalArgumentException(field + " must be 1 to " + MAX_PROVIDER_ID_LENGTH + " characters");
        }
        return value;
    }
}
