package ai.tavari.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in integer minor units (cents for USD) of one ISO 4217 currency. Arithmetic
 * is exact: overflow throws {@link ArithmeticException}, mixing currencies throws
 * {@link IllegalArgumentException}, and the only lossy operation, {@link #multiply}, takes an
 * explicit rounding mode.
 */
public record Money(long minorUnits, String currency) implements Comparable<Money> {
    private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}$");

    public Money {
        if (currency == null || !CURRENCY_CODE.matcher(currency).matches()) {
            throw new DomainValidationException("currency", "must be a three-letter upper-case ISO 4217 code such as USD");
        }
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /** Multiplies by a decimal rate (e.g. a tax rate or a per-token price ratio), rounding to whole minor units. */
    public Money multiply(BigDecimal rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal product = BigDecimal.valueOf(minorUnits).multiply(rate).setScale(0, rounding);
        return new Money(product.longValueExact(), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /** The amount in major units, scaled by the currency's usual fraction digits (2 when unknown). */
    public BigDecimal toMajorUnits() {
        return BigDecimal.valueOf(minorUnits, fractionDigits());
    }

    @Override
    public String toString() {
        return currency + " " + toMajorUnits().toPlainString();
    }

    private int fractionDigits() {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException unknownCurrency) {
            return 2;
        }
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }
}
