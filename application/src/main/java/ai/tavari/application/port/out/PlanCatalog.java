package ai.tavari.application.port.out;

import ai.tavari.domain.billing.Plan;
import java.util.List;
import java.util.Optional;

/**
 * The plans on offer, from configuration. The default plan applies to every business that has no
 * subscription (a new business's trial, or the one plan of a self-hosted install); the plans with
 * a monthly price are the ones sold through the payment provider.
 */
public interface PlanCatalog {
    /** Every plan, in the configured order. */
    List<Plan> plans();

    Plan defaultPlan();

    default Optional<Plan> find(String code) {
        return plans().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The plan with this code, or the default plan when the catalogue no longer has it. */
    default Plan findOrDefault(String code) {
        return find(code).orElseGet(this::defaultPlan);
    }

    /** The plans a business can buy: those with a monthly price. */
    default List<Plan> sold() {
        return plans().stream().filter(p -> p.monthlyPrice().isPositive()).toList();
    }
}
