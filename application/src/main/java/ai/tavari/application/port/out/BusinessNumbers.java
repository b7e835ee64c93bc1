package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;

/** The phone numbers callers dial to reach a business's agent: one per business, one business per number. */
public interface BusinessNumbers {
    Optional<BusinessId> businessFor(PhoneNumber number);

    Optional<PhoneNumber> numberOf(BusinessId businessId);

    /**
     * Gives {@code number} to the business unless the number or the business already has one.
     *
     * @return true if this assigned it (also when the business already had exactly this number)
     */
    boolean assign(BusinessId businessId, PhoneNumber number, Instant at);

    /** Takes {@code number} away from the business (calls to it no longer reach it); nothing if it has another. */
    void unassign(BusinessId businessId, PhoneNumber number);
}
