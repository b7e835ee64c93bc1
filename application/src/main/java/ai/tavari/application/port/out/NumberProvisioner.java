package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.Optional;

/** Obtains the phone number callers are forwarded to. Idempotent per business. */
public interface NumberProvisioner {
    /** The business's number, buying and binding one if it has none; empty when not configured. */
    Optional<PhoneNumber> provision(BusinessId businessId, String countryCode, Optional<String> region);

    void release(BusinessId businessId);
}
