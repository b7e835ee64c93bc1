package ai.tavari.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.business.BusinessStatus;
import ai.tavari.domain.shared.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredCurrentPlanTest {
    @Test
    void readsThePlanFromItsSettings() {
        Plan plan = ConfiguredCurrentPlan.plan("starter", "Starter", "300", "49.00", "USD", "2");

        assertThat(plan.code()).isEqualTo("starter");
        assertThat(plan.includedMinutes()).isEqualTo(300);
        assertThat(plan.monthlyPrice()).isEqualTo(Money.of(4900, "USD"));
        assertThat(plan.maxConcurrentCalls()).isEqualTo(2);
        assertThat(ConfiguredCurrentPlan.plan("pro", "Pro", " 1000 ", "9000", "JPY", "5").monthlyPrice())
                .isEqualTo(Money.of(9000, "JPY"));
    }

    @Test
    void aBadSettingIsNamed() {
        assertThatThrownBy(() -> ConfiguredCurrentPlan.plan("starter", "Starter", "lots", "49.00", "USD", "2"))
                .hasMessageContaining("tavari.billing.default-plan.included-minutes");
        assertThatThrownBy(() -> ConfiguredCurrentPlan.plan("starter", "Starter", "-5", "49.00", "USD", "2"))
                .hasMessageContaining("tavari.billing.default-plan.included-minutes");
        assertThatThrownBy(() -> ConfiguredCurrentPlan.plan("starter", "Starter", "300", "49.001", "USD", "2"))
                .hasMessageContaining("tavari.billing.default-plan.monthly-price");
        assertThatThrownBy(() -> ConfiguredCurrentPlan.plan("starter", "Starter", "300", "49", "dollars", "2"))
                .hasMessageContaining("tavari.billing.default-plan.currency");
        assertThatThrownBy(() -> ConfiguredCurrentPlan.plan("Starter Plan", "Starter", "300", "49", "USD", "2"))
                .hasMessageContaining("tavari.billing.default-plan.code");
        assertThatThrownBy(() -> ConfiguredCurrentPlan.plan("starter", "Starter", "300", "49", "USD", "0"))
                .hasMessageContaining("tavari.billing.default-plan.max-concurrent-calls");
    }

    @Test
    void theTermIsTheCalendarMonthInTheBusinessesTimeZone() {
        Plan plan = new Plan("starter", "Starter", Money.of(4900, "USD"), 300, 2, false, Optional.empty(), 0);
        Business business = new Business(BusinessId.newId(), "Cafe", Optional.empty(), ZoneId.of("Australia/Sydney"),
                Optional.empty(), Optional.empty(), BusinessStatus.ACTIVE, Instant.EPOCH);

        PlanTerm term = new ConfiguredCurrentPlan(plan).termFor(business, Instant.parse("2026-11-30T14:00:00Z"));

        // 2026-12-01 01:00 in Sydney (UTC+11): December
        assertThat(term.plan()).isEqualTo(plan);
        assertThat(term.period().start()).isEqualTo(Instant.parse("2026-11-30T13:00:00Z"));
        assertThat(term.period().end()).isEqualTo(Instant.parse("2026-12-31T13:00:00Z"));
    }
}
