package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One business's number: how far provisioning got and what is known so far. The offer is kept
 * once chosen (it names the number that may have been bought); {@code number} is set once bought.
 * {@code nextAttemptAt} is when work may next be done on it: a retry time, or while someone works
 * on it, the end of their lease. {@code releaseAfter} is when the number goes back to the provider
 * (the subscription ended). {@code version} guards against two workers saving over each other.
 */
public record NumberProvisioning(BusinessId businessId, ProvisioningState state, Optional<NumberOffer> offer,
                                 Optional<ProvisionedNumber> number, int attempts, Optional<String> lastError,
                                 Optional<Instant> nextAttemptAt, Optional<Instant> releaseAfter, Instant requestedAt,
                                 Instant updatedAt, long version) {
    public static final int MAX_ERROR_LENGTH = 500;

    public NumberProvisioning {
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(state, "state");
        offer = Objects.requireNonNullElse(offer, Optional.empty());
        number = Objects.requireNonNullElse(number, Optional.empty());
        lastError = Objects.requireNonNullElse(lastError, Optional.<String>empty())
                .map(error -> error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
        nextAttemptAt = Objects.requireNonNullElse(nextAttemptAt, Optional.empty());
        releaseAfter = Objects.requireNonNullElse(releaseAfter, Optional.empty());
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        if (state == ProvisioningState.NUMBER_CHOSEN && offer.isEmpty()) {
            throw new IllegalArgumentException("a chosen number needs its offer");
        }
        if ((state == ProvisioningState.ATTACHED || state == ProvisioningState.BOUND || state == ProvisioningState.DONE)
                && (number.isEmpty() || offer.isEmpty())) {
            throw new IllegalArgumentException(state + " needs the offer and the bought number");
        }
    }

    /** A new request, to be worked on at once. */
    public static NumberProvisioning requested(BusinessId businessId, Instant now) {
        return new NumberProvisioning(businessId, ProvisioningState.REQUESTED, Optional.empty(), Optional.empty(), 0,
                Optional.empty(), Optional.of(now), Optional.empty(), now, now, 0);
    }

    /** Whether someone may work on it now: in progress and not leased or waiting for a retry. */
    public boolean isDue(Instant now) {
        return state.inProgress() && isFree(now);
    }

    /** Nobody holds a lease on it and no retry is pending. */
    public boolean isFree(Instant now) {
        return nextAttemptAt.map(at -> !at.isAfter(now)).orElse(true);
    }

    public NumberProvisioning leasedUntil(Instant until, Instant now) {
        return with(state, offer, number, attempts, lastError, Optional.of(until), now);
    }

    public NumberProvisioning chosen(NumberOffer chosen, Instant leaseUntil, Instant now) {
        return with(ProvisioningState.NUMBER_CHOSEN, Optional.of(chosen), Optional.empty(), attempts, lastError,
                Optional.of(leaseUntil), now);
    }

    public NumberProvisioning attached(ProvisionedNumber bought, Instant leaseUntil, Instant now) {
        return with(ProvisioningState.ATTACHED, offer, Optional.of(bought), attempts, lastError, Optional.of(leaseUntil),
                now);
    }

    public NumberProvisioning bound(Instant leaseUntil, Instant now) {
        return with(ProvisioningState.BOUND, offer, number, attempts, lastError, Optional.of(leaseUntil), now);
    }

    public NumberProvisioning done(Instant now) {
        return with(ProvisioningState.DONE, offer, number, 0, Optional.empty(), Optional.empty(), now);
    }

    /** Stays where it is and is tried again at {@code retryAt}. */
    public NumberProvisioning retryAt(Instant retryAt, String error, Instant now) {
        return with(state, offer, number, attempts + 1, Optional.of(error), Optional.of(retryAt), now);
    }

    /** The offered number was refused (and certainly not bought): another one is chosen at {@code retryAt}. */
    public NumberProvisioning retryWithAnotherNumber(Instant retryAt, String error, Instant now) {
        if (number.isPresent()) {
            throw new IllegalStateException("a bought number is never given up for another");
        }
        return with(ProvisioningState.REQUESTED, Optional.empty(), Optional.empty(), attempts + 1, Optional.of(error),
                Optional.of(retryAt), now);
    }

    /**
     * Stops until asked again. {@code forgetOffer}: the offered number was certainly not bought and
     * will not be tried again.
     */
    public NumberProvisioning failed(String error, boolean forgetOffer, Instant now) {
        return with(ProvisioningState.FAILED, forgetOffer && number.isEmpty() ? Optional.empty() : offer, number,
                attempts + 1, Optional.of(error), Optional.empty(), now);
    }

    /** Asked again after a failure (continuing from what is known) or after a release (from scratch). */
    public NumberProvisioning reopened(Instant now) {
        if (state == ProvisioningState.RELEASED) {
            return new NumberProvisioning(businessId, ProvisioningState.REQUESTED, Optional.empty(), Optional.empty(),
                    0, lastError, Optional.of(now), releaseAfter, now, now, version);
        }
        return with(resumeState(), offer, number, 0, lastError, Optional.of(now), now);
    }

    public NumberProvisioning released(Instant now) {
        return with(ProvisioningState.RELEASED, offer, number, 0, Optional.empty(), Optional.empty(), now);
    }

    /** The step a failed provisioning continues from: binding again is harmless, buying again is not. */
    public ProvisioningState resumeState() {
        if (number.isPresent()) {
            return ProvisioningState.ATTACHED;
        }
        return offer.isPresent() ? ProvisioningState.NUMBER_CHOSEN : ProvisioningState.REQUESTED;
    }

    private NumberProvisioning with(ProvisioningState nextState, Optional<NumberOffer> nextOffer,
                                    Optional<ProvisionedNumber> nextNumber, int nextAttempts,
                                    Optional<String> nextError, Optional<Instant> nextAttempt, Instant now) {
        return new NumberProvisioning(businessId, nextState, nextOffer, nextNumber, nextAttempts, nextError,
                nextAttempt, releaseAfter, requestedAt, now, version);
    }
}
