package ai.tavari.bootstrap;

import ai.tavari.adapters.telephony.management.VoximplantManagementClient;
import ai.tavari.adapters.telephony.management.VoximplantNumberProvisioner;
import ai.tavari.adapters.telephony.management.VoximplantSettings;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.service.number.NumberSettings;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Phone numbers: bought from Voximplant when its service-account credentials are configured
 * ({@code voximplant.*}, see {@link VoximplantSettings}); otherwise not provisioned, and owners
 * are pointed at {@code tavari.numbers.shared} if it is set.
 */
@ApplicationScoped
public class NumberProvisioningProducers {
    private static final Logger LOG = Logger.getLogger(NumberProvisioningProducers.class.getName());

    @Inject
    @ConfigProperty(name = "tavari.numbers.release-grace", defaultValue = "P30D")
    Duration releaseGrace;
    @Inject
    @ConfigProperty(name = "tavari.numbers.shared")
    Optional<String> sharedNumber;
    @Inject
    @ConfigProperty(name = "tavari.numbers.max-attempts", defaultValue = "8")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "tavari.numbers.first-retry", defaultValue = "PT30S")
    Duration firstRetry;
    @Inject
    @ConfigProperty(name = "tavari.numbers.check-interval", defaultValue = "PT1M")
    Duration checkInterval;

    @Produces
    @ApplicationScoped
    NumberProvisioner numberProvisioner() {
        Config config = ConfigProvider.getConfig();
        Optional<VoximplantSettings> settings = VoximplantSettings.read(name -> config.getOptionalValue(name, String.class));
        if (settings.isEmpty()) {
            LOG.info("Voximplant credentials are not set: phone numbers are not provisioned");
            return NumberProvisioner.NOT_CONFIGURED;
        }
        LOG.info(() -> "phone numbers are provisioned through Voximplant at " + settings.get().apiUrl()
                + " for the application " + settings.get().applicationName());
        return new VoximplantNumberProvisioner(new VoximplantManagementClient(settings.get()), settings.get());
    }

    /** Dependent (records cannot be proxied); the values are read once per injection point. */
    @Produces
    NumberSettings numberSettings() {
        return new NumberSettings(releaseGrace, sharedNumber.map(NumberProvisioningProducers::e164), maxAttempts,
                firstRetry, checkInterval);
    }

    private static PhoneNumber e164(String number) {
        try {
            return PhoneNumber.of(number.strip());
        } catch (DomainValidationException e) {
            throw new IllegalArgumentException("tavari.numbers.shared must be an E.164 number such as +14155550100", e);
        }
    }
}
