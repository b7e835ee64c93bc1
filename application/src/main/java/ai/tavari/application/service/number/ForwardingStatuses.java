package ai.tavari.application.service.number;

import ai.tavari.application.port.in.setup.ForwardingState;
import ai.tavari.application.port.in.setup.ForwardingStatus;
import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisionings;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The number the business's line is forwarded to, and what to tell its owner; read in the caller's transaction. */
@Singleton
public class ForwardingStatuses {
    private final BusinessNumbers numbers;
    private final NumberProvisionings provisionings;
    private final NumberProvisioner provisioner;
    private final NumberSettings settings;

    @Inject
    public ForwardingStatuses(BusinessNumbers numbers, NumberProvisionings provisionings, NumberProvisioner provisioner,
                              NumberSettings settings) {
        this.numbers = numbers;
        this.provisionings = provisionings;
        this.provisioner = provisioner;
        this.settings = settings;
    }

    public ForwardingStatus of(Business business) {
        Optional<PhoneNumber> number = numbers.numberOf(business.id());
        if (number.isPresent()) {
            return ready(business, number.get());
        }
        if (!provisioner.isConfigured()) {
            return notConfigured();
        }
        Optional<NumberProvisioning> provisioning = provisionings.find(business.id());
        if (provisioning.isEmpty()) {
            return new ForwardingStatus(ForwardingState.NOT_REQUESTED, Optional.empty(),
                    "Finalize setup to get the Tavari number you forward your business line to.");
        }
        ProvisioningState state = provisioning.get().state();
        if (state == ProvisioningState.FAILED) {
            return new ForwardingStatus(ForwardingState.FAILED, Optional.empty(),
                    "We could not get your Tavari number yet. Finalize setup again to retry; if it keeps failing,"
                            + " contact support.");
        }
        if (state == ProvisioningState.RELEASED) {
            return new ForwardingStatus(ForwardingState.RELEASED, Optional.empty(),
                    "Your Tavari number was released after your subscription ended. Subscribe and finalize setup"
                            + " again to get a new one.");
        }
        if (state == ProvisioningState.DONE) {
            // given to the business in the same transaction that recorded it done; only a concurrent release gets here
            return ready(business, provisioning.get().number().map(ProvisionedNumber::number).orElseThrow());
        }
        return new ForwardingStatus(ForwardingState.PROVISIONING, Optional.empty(),
                "Your Tavari number is being set up. It appears here in a minute or two; then forward your"
                        + " business line to it.");
    }

    private static ForwardingStatus ready(Business business, PhoneNumber number) {
        String line = business.phone().map(phone -> "your business line " + phone).orElse("your business line");
        return new ForwardingStatus(ForwardingState.READY, Optional.of(number),
                "Forward " + line + " to " + number + " (with your phone carrier's call forwarding: all calls, or"
                        + " when busy or unanswered). Calls forwarded there are answered by your agent.");
    }

    private ForwardingStatus notConfigured() {
        return settings.sharedNumber()
                .map(shared -> new ForwardingStatus(ForwardingState.NOT_CONFIGURED, Optional.of(shared),
                        "Phone numbers are not provisioned automatically on this server. Forward your business line"
                                + " to the shared number " + shared + ", and ask the server's operator to connect it"
                                + " to your business."))
                .orElseGet(() -> new ForwardingStatus(ForwardingState.NOT_CONFIGURED, Optional.empty(),
                        "Phone numbers are not configured on this server. Ask its operator for the number to forward"
                                + " your business line to."));
    }
}
