package ai.tavari.application.port.in.billing;

import ai.tavari.domain.business.BusinessId;
import java.net.URI;

public interface OpenBillingPortal {
    /**
     * The address of a short-lived hosted page where the owner manages the subscription.
     *
     * @throws BillingNotConfiguredException without payment provider keys
     * @throws NoBillingAccountException before the business's first checkout
     */
    URI portal(BusinessId businessId, URI returnUrl);
}
