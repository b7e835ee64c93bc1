package ai.tavari.bootstrap;

import ai.tavari.application.port.out.CurrentPlan;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.service.usage.CalendarMonths;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.Business;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A business without a subscription is on the plan catalogue's default plan, with calendar-month
 * usage periods in the business's time zone.
 */
@ApplicationScoped
public class ConfiguredCurrentPlan implements CurrentPlan {
    /** The prefix of the default plan's settings; {@code PREFIX + "code"} names the default plan. */
    static final String PREFIX = "tavari.billing.default-plan.";

    private PlanCatalog catalog;

    protected ConfiguredCurrentPlan() {
    }

    @Inject
    public ConfiguredCurrentPlan(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    public Plan plan() {
        return catalog.defaultPlan();
    }

    @Override
    public PlanTerm termFor(Business business, Instant now) {
        return new PlanTerm(plan(), CalendarMonths.containing(now, business.timeZone()));
    }
}
