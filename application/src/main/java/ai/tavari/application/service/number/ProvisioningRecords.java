package ai.tavari.application.service.number;

import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisioningException;
import ai.tavari.application.port.out.NumberProvisionings;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The database side of provisioning, each call a short transaction of its own (or part of the
 * caller's), so that no transaction stays open while the provider is asked.
 */
@Singleton
@Transactional
public class ProvisioningRecords {
    private final NumberProvisionings store;
    private final BusinessNumbers numbers;
    private final BusinessRepository businesses;

    @Inject
    public ProvisioningRecords(NumberProvisionings store, BusinessNumbers numbers, BusinessRepository businesses) {
        this.store = store;
        this.numbers = numbers;
        this.businesses = businesses;
    }

    public Optional<NumberProvisioning> find(BusinessId businessId) {
        return store.find(businessId);
    }

    public Optional<PhoneNumber> businessPhone(BusinessId businessId) {
        return businesses.findById(businessId).flatMap(Business::phone);
    }

    /**
     * Records that the business wants a number: a new request, or a failed or released one asked
     * again. False when there is nothing to work on now (it has a number, or work is under way).
     */
    public boolean request(BusinessId businessId, Instant now) {
        if (numbers.numberOf(businessId).isPresent()) {
            return false;
        }
        Optional<NumberProvisioning> found = store.find(businessId);
        if (found.isEmpty()) {
            return store.add(NumberProvisioning.requested(businessId, now));
        }
        NumberProvisioning current = found.get();
        if (current.state() == ProvisioningState.FAILED || current.state() == ProvisioningState.RELEASED) {
            return store.update(current.reopened(now)).isPresent();
        }
        return current.isDue(now);
    }

    /** Takes the work on a due provisioning until {@code leaseUntil}; empty when it is not due or someone else took it. */
    public Optional<NumberProvisioning> claim(BusinessId businessId, Instant now, Instant leaseUntil) {
        return store.find(businessId)
                .filter(found -> found.isDue(now) && !releaseDue(found, now))
                .flatMap(found -> store.update(found.leasedUntil(leaseUntil, now)));
    }

    /** Takes a provisioning whose number is due for release until {@code leaseUntil}. */
    public Optional<NumberProvisioning> claimForRelease(BusinessId businessId, Instant now, Instant leaseUntil) {
        return store.find(businessId)
                .filter(found -> found.state() != ProvisioningState.RELEASED && releaseDue(found, now)
                        && found.isFree(now))
                .flatMap(found -> store.update(found.leasedUntil(leaseUntil, now)));
    }

    public Optional<NumberProvisioning> save(NumberProvisioning provisioning) {
        return store.update(provisioning);
    }

    /**
     * Gives the bound number to the business, so calls to it reach the agent, and records it done.
     *
     * @throws NumberProvisioningException when the number already belongs to another business
     */
    public Optional<NumberProvisioning> complete(NumberProvisioning bound, Instant now) {
        PhoneNumber number = bound.number().orElseThrow().number();
        if (!numbers.assign(bound.businessId(), number, now)) {
            throw new NumberProvisioningException("the number " + number + " already belongs to another business"
                    + " or the business has another number", false);
        }
        return store.update(bound.done(now));
    }

    /** Calls to the number no longer reach the business, and the provisioning is over. */
    public Optional<NumberProvisioning> released(NumberProvisioning provisioning, Instant now) {
        provisioning.number().ifPresent(number -> numbers.unassign(provisioning.businessId(), number.number()));
        Optional<NumberProvisioning> saved = store.update(provisioning.released(now));
        saved.ifPresent(released -> store.cancelRelease(released.businessId()));
        return saved;
    }

    public void scheduleRelease(BusinessId businessId, Instant releaseAfter) {
        store.scheduleRelease(businessId, releaseAfter);
    }

    public void cancelRelease(BusinessId businessId) {
        store.cancelRelease(businessId);
    }

    /** A failed provisioning tried again, continuing from what it knows. */
    public void reopenFailed(BusinessId businessId, Instant now) {
        store.find(businessId).filter(found -> found.state() == ProvisioningState.FAILED)
                .ifPresent(found -> store.update(found.reopened(now)));
    }

    public List<BusinessId> dueForWork(Instant now, int limit) {
        return store.dueForWork(now, limit);
    }

    public List<BusinessId> dueForRelease(Instant now, int limit) {
        return store.dueForRelease(now, limit);
    }

    public List<BusinessId> failed(int limit) {
        return store.failed(limit);
    }

    private static boolean releaseDue(NumberProvisioning provisioning, Instant now) {
        return provisioning.releaseAfter().map(at -> !at.isAfter(now)).orElse(false);
    }
}
