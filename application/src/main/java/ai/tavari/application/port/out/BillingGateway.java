package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import java.net.URI;
import java.util.Optional;

/** The payment provider, seen from the product: hosted pages to pay and to manage the plan. */
public interface BillingGateway {
    boolean isConfigured();

    URI checkoutPage(BusinessId businessId, String planCode, EmailAddress ownerEmail, Optional<String> customerId,
                     URI successUrl, URI cancelUrl);

    URI customerPortal(String customerId, URI returnUrl);
}
