package ai.tavari.adapters.web.usage;

import ai.tavari.domain.billing.Plan;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The plan's terms; {@code monthlyPrice} in major units as a decimal string, such as "49.00". */
@JsonbPropertyOrder({"code", "name", "includedMinutes", "monthlyPrice", "currency", "maxConcurrentCalls"})
public record PlanView(String code, String name, long includedMinutes, String monthlyPrice, String currency,
                       int maxConcurrentCalls) {
    public static PlanView of(Plan plan) {
        return new PlanView(plan.code(), plan.name(), plan.includedMinutes(),
                plan.monthlyPrice().toMajorUnits().toPlainString(), plan.monthlyPrice().currency(), plan.maxConcurrentCalls());
    }
}
