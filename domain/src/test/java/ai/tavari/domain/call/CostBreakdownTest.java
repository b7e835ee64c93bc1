package ai.tavari.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.shared.Money;
import org.junit.jupiter.api.Test;

class CostBreakdownTest {

    @Test
    void totalAddsTheComponents() {
        CostBreakdown cost = new CostBreakdown(Money.of(12, "USD"), Money.of(3, "USD"));
        assertThat(cost.total()).isEqualTo(Money.of(15, "USD"));
        assertThat(cost.currency()).isEqualTo("USD");
        assertThat(cost.withAi(Money.of(1, "USD")).total()).isEqualTo(Money.of(4, "USD"));
        assertThat(cost.withTelephony(Money.of(0, "USD")).total()).isEqualTo(Money.of(12, "USD"));
        assertThat(cost.plus(cost)).isEqualTo(new CostBreakdown(Money.of(24, "USD"), Money.of(6, "USD")));
        assertThat(CostBreakdown.zero("EUR").total()).isEqualTo(Money.zero("EUR"));
    }

    @Test
    void componentsShareOneCurrency() {
        assertThatThrownBy(() -> new CostBreakdown(Money.of(1, "USD"), Money.of(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
