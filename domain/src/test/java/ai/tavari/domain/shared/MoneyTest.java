package ai.tavari.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
    private static final Money TEN = Money.of(1000, "USD");

    @Test
    void arithmeticIsExact() {
        assertThat(TEN.plus(Money.of(1, "USD"))).isEqualTo(Money.of(1001, "USD"));
        assertThat(TEN.minus(Money.of(1001, "USD"))).isEqualTo(Money.of(-1, "USD"));
        assertThat(TEN.times(3)).isEqualTo(Money.of(3000, "USD"));
        assertThat(TEN.negate()).isEqualTo(Money.of(-1000, "USD"));
    }

    @Test
    void multiplyingByARateRoundsAsTold() {
        Money price = Money.of(999, "USD");
        BigDecimal tax = new BigDecimal("0.0825");
        assertThat(price.multiply(tax, RoundingMode.HALF_UP)).isEqualTo(Money.of(82, "USD"));
        assertThat(price.multiply(tax, RoundingMode.CEILING)).isEqualTo(Money.of(83, "USD"));
        assertThat(Money.of(5, "USD").multiply(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of(2, "USD"));
        assertThat(Money.of(5, "USD").multiply(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of(3, "USD"));
        assertThatThrownBy(() -> Money.of(5, "USD").multiply(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void currenciesDoNotMix() {
        assertThatThrownBy(() -> TEN.plus(Money.of(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TEN.compareTo(Money.of(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsAnError() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").plus(Money.of(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").multiply(BigDecimal.TEN, RoundingMode.HALF_UP))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparisonAndSign() {
        assertThat(TEN.isGreaterThan(Money.of(999, "USD"))).isTrue();
        assertThat(TEN.isLessThan(Money.of(999, "USD"))).isFalse();
        assertThat(Money.zero("USD").isZero()).isTrue();
        assertThat(TEN.isPositive()).isTrue();
        assertThat(TEN.negate().isNegative()).isTrue();
    }

    @Test
    void printsInMajorUnitsOfTheCurrency() {
        assertThat(Money.of(4900, "USD").toString()).isEqualTo("USD 49.00");
        assertThat(Money.of(-5, "EUR").toString()).isEqualTo("EUR -0.05");
        assertThat(Money.of(500, "JPY").toString()).isEqualTo("JPY 500");
        assertThat(Money.of(1234, "XYZ").toMajorUnits()).isEqualByComparingTo("12.34");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "USDD", "U$D", ""})
    void currencyMustBeThreeUpperCaseLetters(String code) {
        assertThatThrownBy(() -> Money.of(1, code))
                .isInstanceOf(DomainValidationException.class)
                .extracting("field").isEqualTo("currency");
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(DomainValidationException.class);
    }
}
