package ai.tavari.application.port.out;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import java.net.URI;
import java.util.Optional;

/**
 * The payment provider, seen from the product: a customer per business, and hosted pages to pay
 * and to manage the plan. When it is not configured (no keys), every method but
 * {@link #isConfigured()} may fail.
 */
public interface BillingGateway {
    boolean isConfigured();

    /** The provider's customer for the business, if it has one. */
    Optional<String> findCustomer(BusinessId businessId);

    /** Creates the business's customer; asking twice for the same business gives the same customer. */
    String createCustomer(BusinessId businessId, EmailAddress ownerEmail, String businessName);

    /** A hosted page where the customer subscribes to {@code plan}; the business comes back on every event. */
    URI checkoutPage(BusinessId businessId, Plan plan, String customerId, URI successUrl, URI cancelUrl);

    /** A short-lived hosted page where the customer manages the subscription and payment methods. */
    URI customerPortal(String customerId, URI returnUrl);
}
