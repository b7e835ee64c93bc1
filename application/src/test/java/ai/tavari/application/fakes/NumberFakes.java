package ai.tavari.application.fakes;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.service.number.NumberReleases;
import ai.tavari.application.service.number.NumberSettings;
import ai.tavari.application.service.number.ProvisioningRecords;
import java.time.Clock;

/** Phone-number services over in-memory stores, for tests about something else. */
public final class NumberFakes {
    private NumberFakes() {
    }

    /** Releases for a server without numbers configured: subscription changes are recorded and nothing is bought. */
    public static NumberReleases releases(BusinessRepository businesses, Clock clock) {
        return new NumberReleases(new ProvisioningRecords(new InMemoryNumberProvisionings(), new InMemoryBusinessNumbers(),
                businesses), NumberProvisioner.NOT_CONFIGURED, NumberSettings.defaults(), clock);
    }
}
