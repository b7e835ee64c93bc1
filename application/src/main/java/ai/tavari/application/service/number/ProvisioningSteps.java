package ai.tavari.application.service.number;

import ai.tavari.application.port.out.NumberOffer;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisioningException;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The provider's side of each step: what to ask it, given how far provisioning got. The result is
 * the record to store before the next step; nothing is stored here.
 */
final class ProvisioningSteps {
    private final NumberProvisioner provisioner;

    ProvisioningSteps(NumberProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    NumberProvisioning next(NumberProvisioning current, Supplier<Optional<PhoneNumber>> businessPhone,
                            Instant leaseUntil, Instant now) {
        return switch (current.state()) {
            case REQUESTED -> current.chosen(provisioner.findAvailable(businessPhone.get().orElseThrow(
                    () -> new NumberProvisioningException("the business has no phone number to find a number near",
                            false))), leaseUntil, now);
            case NUMBER_CHOSEN -> current.attached(ownedOrBought(current.offer().orElseThrow()), leaseUntil, now);
            case ATTACHED -> {
                provisioner.bind(current.number().orElseThrow());
                yield current.bound(leaseUntil, now);
            }
            default -> throw new IllegalStateException("no provider step after " + current.state());
        };
    }

    /**
     * The chosen number may have been bought by an attempt whose answer was lost: only a number
     * the account does not own yet is bought.
     */
    private ProvisionedNumber ownedOrBought(NumberOffer offer) {
        Optional<ProvisionedNumber> owned = provisioner.findOwned(offer);
        if (owned.isPresent()) {
            return owned.get();
        }
        try {
            return provisioner.attach(offer);
        } catch (NumberProvisioningException e) {
            throw e.isTemporary() ? e : new OfferRefusedException(e);
        }
    }
}
