package ai.tavari.application.service.billing;

import java.time.Duration;
import java.util.Objects;

/**
 * Billing rules from configuration: the grace a past-due subscription gets, and the plan of a
 * business without a subscription (or of a subscription whose plan the provider did not name).
 */
public record BillingSettings(Duration pastDueGrace, String defaultPlanCode) {
    public BillingSettings {
        Objects.requireNonNull(pastDueGrace, "pastDueGrace");
        if (pastDueGrace.isNegative()) {
            throw new IllegalArgumentException("past-due grace must not be negative");
        }
        if (defaultPlanCode == null || defaultPlanCode.isBlank()) {
            throw new IllegalArgumentException("default plan code must not be blank");
        }
    }
}
