package ai.tavari.application.service.number;

import ai.tavari.application.port.out.NumberProvisioningException;

/**
 * The provider refused to sell the chosen number right after confirming this account does not own
 * it: certainly not bought, so another number may be chosen without risk of buying two.
 */
final class OfferRefusedException extends NumberProvisioningException {
    OfferRefusedException(NumberProvisioningException refusal) {
        super(refusal.getMessage(), false, refusal);
    }
}
