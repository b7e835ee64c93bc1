package ai.tavari.bootstrap;

import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.domain.billing.Plan;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The plan catalogue from MicroProfile Config ({@code tavari.billing.plans}, {@code tavari.billing.plan.*};
 * see {@link ConfiguredPlans}). A catalogue that configuration describes badly stops the deployment
 * with the offending key named.
 */
@ApplicationScoped
public class ConfiguredPlanCatalog implements PlanCatalog {
    private ConfiguredPlans plans;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        plans = ConfiguredPlans.read(key -> config.getOptionalValue(key, String.class));
    }

    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        plans();
    }

    @Override
    public List<Plan> plans() {
        return plans.plans();
    }

    @Override
    public Plan defaultPlan() {
        return plans.defaultPlan();
    }
}
