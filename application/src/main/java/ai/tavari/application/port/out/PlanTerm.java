package ai.tavari.application.port.out;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.UsagePeriod;
import java.util.Objects;

/** The plan a business is on and the usage period its included minutes count in. */
public record PlanTerm(Plan plan, UsagePeriod period) {
    public PlanTerm {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
    }
}
