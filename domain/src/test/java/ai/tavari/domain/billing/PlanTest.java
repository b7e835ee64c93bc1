package ai.tavari.domain.billing;

import static ai.tavari.domain.fixtures.DomainFixtures.proPlan;
import static ai.tavari.domain.fixtures.DomainFixtures.starterPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.shared.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTest {
    private static final Money PRICE = Money.of(4900, "USD");

    @Test
    void remainingMinutesNeverGoNegative() {
        assertThat(starterPlan().remainingMinutes(50)).isEqualTo(150);
        assertThat(starterPlan().remainingMinutes(200)).isZero();
        assertThat(starterPlan().remainingMinutes(250)).isZero();
    }

    @Test
    void overageIsChargedPerMinuteBeyondTheIncludedOnes() {
        assertThat(proPlan().overageCharge(999)).isEqualTo(Money.of(0, "USD"));
        assertThat(proPlan().overageCharge(1025)).isEqualTo(Money.of(25 * 12, "USD"));
        assertThat(starterPlan().overageCharge(500)).as("no overage on this plan").isEqualTo(Money.zero("USD"));
    }

    @Test
    void trialFlagFollowsTrialDays() {
        assertThat(starterPlan().hasTrial()).isTrue();
        assertThat(proPlan().hasTrial()).isFalse();
    }

    @Test
    void overageNeedsAPriceInTheSameCurrency() {
        assertThatThrownBy(() -> new Plan("pro", "Pro", PRICE, 100, 1, true, Optional.empty(), 0))
                .extracting("field").isEqualTo("overagePricePerMinute");
        assertThatThrownBy(() -> new Plan("pro", "Pro", PRICE, 100, 1, true, Optional.of(Money.of(10, "EUR")), 0))
                .extracting("field").isEqualTo("overagePricePerMinute");
        assertThatThrownBy(() -> new Plan("pro", "Pro", PRICE, 100, 1, true, Optional.of(Money.of(-1, "USD")), 0))
                .extracting("field").isEqualTo("overagePricePerMinute");
    }

    @Test
    void validatesItsFields() {
        assertThatThrownBy(() -> new Plan("Pro Plan", "Pro", PRICE, 100, 1, false, null, 0))
                .extracting("field").isEqualTo("code");
        assertThatThrownBy(() -> new Plan("pro", " ", PRICE, 100, 1, false, null, 0))
                .extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new Plan("pro", "Pro", Money.of(-1, "USD"), 100, 1, false, null, 0))
                .extracting("field").isEqualTo("monthlyPrice");
        assertThatThrownBy(() -> new Plan("pro", "Pro", PRICE, -1, 1, false, null, 0))
                .extracting("field").isEqualTo("includedMinutes");
        assertThatThrownBy(() -> new Plan("pro", "Pro", PRICE, 100, 0, false, null, 0))
                .extracting("field").isEqualTo("maxConcurrentCalls");
        assertThatThrownBy(() -> new Plan("pro", "Pro", PRICE, 100, 1, false, null, 91))
                .extracting("field").isEqualTo("trialDays");
        assertThat(new Plan("pro_2", "Pro", PRICE, 100, 1, false, null, 0).overagePricePerMinute()).isEmpty();
    }
}
