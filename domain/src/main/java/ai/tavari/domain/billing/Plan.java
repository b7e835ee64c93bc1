package ai.tavari.domain.billing;

import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A price plan from the catalogue. Overage, when allowed, is charged per started minute beyond
 * the included minutes at {@code overagePricePerMinute}, which must then be present and in the
 * currency of the monthly price. {@code trialDays > 0} means new subscribers start with a trial.
 */
public record Plan(
        String code,
        String name,
        Money monthlyPrice,
        long includedMinutes,
        int maxConcurrentCalls,
        boolean overageAllowed,
        Optional<Money> overagePricePerMinute,
        int trialDays) {

    public static final int MAX_TRIAL_DAYS = 90;
    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,39}$");

    public Plan {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainValidationException("code", "must be 1 to 40 lower-case letters, digits, '-' or '_'");
        }
        if (name == null || name.isBlank()) {
            throw new DomainValidationException("name", "must not be blank");
        }
        name = name.strip();
        if (monthlyPrice == null || monthlyPrice.isNegative()) {
            throw new DomainValidationException("monthlyPrice", "must be zero or more");
        }
        if (includedMinutes < 0) {
            throw new DomainValidationException("includedMinutes", "must be zero or more");
        }
        if (maxConcurrentCalls < 1) {
            throw new DomainValidationException("maxConcurrentCalls", "must be at least 1");
        }
        overagePricePerMinute = Objects.requireNonNullElse(overagePricePerMinute, Optional.empty());
        if (overageAllowed && overagePricePerMinute.isEmpty()) {
            throw new DomainValidationException("overagePricePerMinute", "is required when overage is allowed");
        }
        if (overagePricePerMinute.isPresent()) {
            Money price = overagePricePerMinute.get();
            if (!price.currency().equals(monthlyPrice.currency())) {
                throw new DomainValidationException("overagePricePerMinute", "must be in " + monthlyPrice.currency());
            }
            if (price.isNegative()) {
                throw new DomainValidationException("overagePricePerMinute", "must be zero or more");
            }
        }
        if (trialDays < 0 || trialDays > MAX_TRIAL_DAYS) {
            throw new DomainValidationException("trialDays", "must be between 0 and " + MAX_TRIAL_DAYS);
        }
    }

    public boolean hasTrial() {
        return trialDays > 0;
    }

    /** Included minutes not yet used, never negative. */
    public long remainingMinutes(long minutesUsed) {
        return Math.max(0, includedMinutes - minutesUsed);
    }

    /** What the minutes beyond the included ones cost; zero without overage. */
    public Money overageCharge(long minutesUsed) {
        long extra = Math.max(0, minutesUsed - includedMinutes);
        if (!overageAllowed || extra == 0) {
            return Money.zero(monthlyPrice.currency());
        }
        return overagePricePerMinute.orElseThrow().times(extra);
    }
}
