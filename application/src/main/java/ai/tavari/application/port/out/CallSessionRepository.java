package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.shared.CallId;
import java.util.Optional;

/**
 * Stored calls, with optimistic locking: the repository remembers, for every {@link CallSession}
 * object it {@linkplain #add added} or returned, which stored version that object reflects, and
 * {@link #update} refuses to save an object that is no longer based on the stored version.
 * Objects are told apart by identity, so keep using the object you loaded or added (a live call
 * keeps one object for its whole life); {@link CallSession#restore} copies are unknown here.
 *
 * <p>If the transaction of a successful update rolls back, the object's next update is refused
 * as stale although nobody else wrote: reload it.
 */
public interface CallSessionRepository {
    /**
     * Stores a new call, transcript included.
     *
     * @throws DuplicateCallException if a call with the same id or provider call id exists
     */
    void add(CallSession call);

    /**
     * Saves every fact of a call that was added or loaded through this repository. Transcript
     * turns already stored are not written again unless their order changed.
     *
     * @throws StaleDataException if the stored call changed since this object was loaded or last saved
     * @throws DuplicateCallException if the provider call id just attached belongs to another call
     * @throws IllegalStateException if the call is not stored, or this object did not come from this repository
     */
    void update(CallSession call);

    /** The call if it is one of the business's calls. */
    Optional<CallSession> findById(BusinessId businessId, CallId id);

    /**
     * The call the telephony provider knows by {@code externalCallId}, whatever its business (the
     * provider's webhook does not say which business it is about).
     */
    Optional<CallSession> findByExternalId(String externalCallId);

    /** How many of the business's calls have not ended (for the plan's concurrent-call cap). */
    long countActive(BusinessId businessId);

    /**
     * Like {@link #countActive}, but first takes the business's call-admission lock, held until the
     * transaction ends: concurrent admissions for one business, on any server, count one after the
     * other, so the concurrent-call cap holds across a cluster.
     */
    long countActiveForAdmission(BusinessId businessId);

    /**
     * A page of the business's calls, newest first by start time (then id), and how many match
     * the query's filters in all. A call "has a message" when one is linked to it.
     */
    Page<CallSummary> list(BusinessId businessId, CallQuery query);
}
