package ai.tavari.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.business.BusinessStatus;
import ai.tavari.domain.shared.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredCurrentPlanTest {
    @Test
    void theTermIsTheCalendarMonthInTheBusinessesTimeZone() {
        Plan plan = new Plan("starter", "Starter", Money.of(4900, "USD"), 300, 2, false, Optional.empty(), 0);
        Business business = new Business(BusinessId.newId(), "Cafe", Optional.empty(), ZoneId.of("Australia/Sydney"),
                Optional.empty(), Optional.empty(), BusinessStatus.ACTIVE, Instant.EPOCH);

        PlanTerm term = new ConfiguredCurrentPlan(new ConfiguredPlans(List.of(plan), plan)).termFor(business, Instant.parse("2026-11-30T14:00:00Z"));

        // 2026-12-01 01:00 in Sydney (UTC+11): December
        assertThat(term.plan()).isEqualTo(plan);
        assertThat(term.period().start()).isEqualTo(Instant.parse("2026-11-30T13:00:00Z"));
        assertThat(term.period().end()).isEqualTo(Instant.parse("2026-12-31T13:00:00Z"));
    }
}
