package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The provisioning record of each business's number (at most one per business). */
public interface NumberProvisionings {
    Optional<NumberProvisioning> find(BusinessId businessId);

    /** Stores a new record; false, storing nothing, when the business already has one. */
    boolean add(NumberProvisioning provisioning);

    /**
     * Saves the record if the stored one is still at {@code provisioning.version()}: the copy as
     * stored (the next version), or empty when someone else saved it first. Its
     * {@code releaseAfter} is not written: that belongs to {@link #scheduleRelease} and
     * {@link #cancelRelease}, so a subscription change never conflicts with provisioning work.
     */
    Optional<NumberProvisioning> update(NumberProvisioning provisioning);

    /** Sets when the number is to be released, unless it is released already or a release is already scheduled. */
    void scheduleRelease(BusinessId businessId, Instant releaseAfter);

    void cancelRelease(BusinessId businessId);

    /** Businesses whose provisioning is in progress and due ({@link NumberProvisioning#isDue}), longest waiting first. */
    List<BusinessId> dueForWork(Instant now, int limit);

    /** Businesses whose number is not released and whose release time has come. */
    List<BusinessId> dueForRelease(Instant now, int limit);

    List<BusinessId> failed(int limit);
}
