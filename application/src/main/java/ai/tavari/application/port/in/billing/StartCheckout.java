package ai.tavari.application.port.in.billing;

import java.net.URI;

public interface StartCheckout {
    /**
     * The address of a hosted checkout page for the plan, reusing the business's customer.
     *
     * @throws BillingNotConfiguredException without payment provider keys
     * @throws ai.tavari.application.validation.InvalidCommandException for a plan that is not sold
     */
    URI checkout(CheckoutCommand command);
}
