package ai.tavari.application.service.number;

import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisioningException;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A business whose subscription ended keeps its number for {@link NumberSettings#releaseGrace()}
 * (it may come back); then the number goes back to the provider and calls to it no longer reach
 * the business. A subscription that comes back before then keeps the number.
 */
@Singleton
public class NumberReleases {
    private static final Logger LOG = Logger.getLogger(NumberReleases.class.getName());
    static final Duration RETRY_DELAY = Duration.ofMinutes(15);

    private final ProvisioningRecords records;
    private final NumberProvisioner provisioner;
    private final NumberSettings settings;
    private final Clock clock;

    @Inject
    public NumberReleases(ProvisioningRecords records, NumberProvisioner provisioner, NumberSettings settings,
                          Clock clock) {
        this.records = records;
        this.provisioner = provisioner;
        this.settings = settings;
        this.clock = clock;
    }

    /** Part of the transaction that records the subscription's new state. */
    public void subscriptionChanged(BusinessId businessId, SubscriptionStatus status, Instant now) {
        switch (status) {
            case CANCELED -> records.scheduleRelease(businessId, now.plus(settings.releaseGrace()));
            case ACTIVE, TRIALING, PAST_DUE -> records.cancelRelease(businessId);
            default -> {
                // incomplete, unpaid, paused: neither ended nor back; the number stays as it is
            }
        }
    }

    /** Releases every number whose time has come; a provider failure is tried again later. */
    void releaseDue() {
        if (!provisioner.isConfigured()) {
            return;
        }
        Instant now = clock.instant();
        for (BusinessId businessId : records.dueForRelease(now, NumberProvisioningService.BATCH)) {
            records.claimForRelease(businessId, now, now.plus(NumberProvisioningService.LEASE))
                    .ifPresent(claimed -> release(claimed, now));
        }
    }

    /**
     * Asks the provider first whether the account still owns the number (it may have been bought
     * by an attempt whose answer was lost, or already given back by hand).
     */
    private void release(NumberProvisioning claimed, Instant now) {
        try {
            Optional<ProvisionedNumber> owned = claimed.offer().flatMap(provisioner::findOwned);
            owned.ifPresent(provisioner::release);
            records.released(claimed, now);
            LOG.info(() -> "business " + claimed.businessId() + ": its subscription ended; "
                    + owned.map(number -> "released the number " + number.number()).orElse("it had no number to release"));
        } catch (NumberProvisioningException e) {
            LOG.log(Level.WARNING, "business " + claimed.businessId() + ": releasing its number failed (" + e.getMessage()
                    + "); trying again in " + RETRY_DELAY, e);
            records.save(claimed.leasedUntil(now.plus(RETRY_DELAY), now));
        }
    }
}
