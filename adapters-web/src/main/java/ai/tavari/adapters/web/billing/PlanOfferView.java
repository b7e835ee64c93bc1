package ai.tavari.adapters.web.billing;

import ai.tavari.domain.billing.Plan;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A plan on sale: prices in major units as decimal strings ({@code "199.00"}), in {@code currency};
 * {@code overagePricePerMinute} is absent when minutes beyond the included ones are not sold.
 */
@JsonbPropertyOrder({"code", "name", "monthlyPrice", "currency", "includedMinutes", "maxConcurrentCalls",
        "overagePricePerMinute", "trialDays"})
public record PlanOfferView(String code, String name, String monthlyPrice, String currency, long includedMinutes,
                            int maxConcurrentCalls, String overagePricePerMinute, int trialDays) {
    static PlanOfferView of(Plan plan) {
        String overage = plan.overageAllowed()
                ? plan.overagePricePerMinute().map(price -> price.toMajorUnits().toPlainString()).orElse(null) : null;
        return new PlanOfferView(plan.code(), plan.name(), plan.monthlyPrice().toMajorUnits().toPlainString(),
                plan.monthlyPrice().currency(), plan.includedMinutes(), plan.maxConcurrentCalls(), overage,
                plan.trialDays());
    }
}
