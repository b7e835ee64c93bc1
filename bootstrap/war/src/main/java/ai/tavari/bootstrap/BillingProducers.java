package ai.tavari.bootstrap;

import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.service.billing.BillingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Billing rules from configuration: the past-due grace and the plan of a business without a subscription. */
@ApplicationScoped
public class BillingProducers {
    @Inject
    @ConfigProperty(name = "tavari.billing.past-due-grace", defaultValue = "P7D")
    Duration pastDueGrace;
    @Inject
    PlanCatalog plans;

    @Produces
    BillingSettings billingSettings() {
        return new BillingSettings(pastDueGrace, plans.defaultPlan().code());
    }
}
