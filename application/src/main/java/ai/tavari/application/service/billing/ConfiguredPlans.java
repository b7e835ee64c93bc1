package ai.tavari.application.service.billing;

import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plan catalogue read from settings, shared by the server and the launcher's catalogue sync:
 * {@code tavari.billing.plans} lists the plan codes, {@code tavari.billing.default-plan.code} names the
 * plan of businesses without a subscription, and each plan has
 * {@code tavari.billing.plan.<code>.name}, {@code .monthly-price}, {@code .currency},
 * {@code .included-minutes}, {@code .max-concurrent-calls}, {@code .overage-price} (empty or
 * absent: no overage) and {@code .trial-days}. Every key has a default for the built-in plans
 * {@code trial}, {@code starter} and {@code growth}; a setting that is wrong stops the start with
 * its key named.
 */
public record ConfiguredPlans(List<Plan> plans, Plan defaultPlan) implements PlanCatalog {
    public static final String PLANS = "tavari.billing.plans";
    public static final String DEFAULT_PLAN = "tavari.billing.default-plan.code";
    public static final String PLAN_PREFIX = "tavari.billing.plan.";

    /** Built-in defaults; see the README for the margin arithmetic behind the minutes. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(PLANS, "trial,starter,growth"),
            Map.entry(DEFAULT_PLAN, "trial"),
            Map.entry(PLAN_PREFIX + "trial.name", "Free trial"),
            Map.entry(PLAN_PREFIX + "trial.monthly-price", "0.00"),
            Map.entry(PLAN_PREFIX + "trial.included-minutes", "30"),
            Map.entry(PLAN_PREFIX + "trial.max-concurrent-calls", "1"),
            Map.entry(PLAN_PREFIX + "trial.trial-days", "14"),
            Map.entry(PLAN_PREFIX + "starter.name", "Starter"),
            Map.entry(PLAN_PREFIX + "starter.monthly-price", "199.00"),
            Map.entry(PLAN_PREFIX + "starter.included-minutes", "750"),
            Map.entry(PLAN_PREFIX + "starter.max-concurrent-calls", "2"),
            Map.entry(PLAN_PREFIX + "growth.name", "Growth"),
            Map.entry(PLAN_PREFIX + "growth.monthly-price", "499.00"),
            Map.entry(PLAN_PREFIX + "growth.included-minutes", "1900"),
            Map.entry(PLAN_PREFIX + "growth.max-concurrent-calls", "5"),
            Map.entry(PLAN_PREFIX + "growth.overage-price", "0.25"));

    public ConfiguredPlans {
        plans = List.copyOf(plans);
        if (!plans.contains(defaultPlan)) {
            throw new IllegalArgumentException(DEFAULT_PLAN + " must be one of the plans in " + PLANS);
        }
    }

    /**
     * @param setting a setting by its dotted name; absent or blank means "use the default"
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static ConfiguredPlans read(Function<String, Optional<String>> setting) {
        Function<String, Optional<String>> withDefaults = key -> setting.apply(key).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(DEFAULTS.get(key)))
                .map(String::strip);
        List<String> codes = Arrays.stream(withDefaults.apply(PLANS).orElse("").split(","))
                .map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(PLANS + " must list at least one plan code");
        }
        List<Plan> plans = new ArrayList<>();
        for (String code : codes) {
            plans.add(plan(code, key -> withDefaults.apply(PLAN_PREFIX + code + "." + key)));
        }
        String defaultCode = withDefaults.apply(DEFAULT_PLAN).orElse(codes.get(0));
        Plan defaultPlan = plans.stream().filter(p -> p.code().equals(defaultCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(DEFAULT_PLAN + " must be one of " + codes
                        + ", not '" + defaultCode + "'"));
        return new ConfiguredPlans(plans, defaultPlan);
    }

    private static Plan plan(String code, Function<String, Optional<String>> setting) {
        String prefix = PLAN_PREFIX + code + ".";
        String currency = currency(prefix, setting.apply("currency").orElse("USD"));
        Money price = money(prefix + "monthly-price", required(prefix, "monthly-price", setting), currency);
        Optional<Money> overage = setting.apply("overage-price").map(v -> money(prefix + "overage-price", v, currency));
        try {
            return new Plan(code, setting.apply("name").orElse(code), price,
                    number(prefix + "included-minutes", required(prefix, "included-minutes", setting)),
                    Math.toIntExact(number(prefix + "max-concurrent-calls", setting.apply("max-concurrent-calls").orElse("1"))),
                    overage.isPresent(), overage,
                    Math.toIntExact(number(prefix + "trial-days", setting.apply("trial-days").orElse("0"))));
        } catch (DomainValidationException e) {
            throw new IllegalArgumentException(prefix + key(e.field()) + ": " + e.getMessage(), e);
        }
    }

    private static String required(String prefix, String key, Function<String, Optional<String>> setting) {
        return setting.apply(key).orElseThrow(() -> new IllegalArgumentException(prefix + key + " is required"));
    }

    private static long number(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static String currency(String prefix, String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "currency must be an ISO 4217 code such as USD, not '" + code + "'", e);
        }
    }

    private static Money money(String key, String amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        try {
            return Money.of(new BigDecimal(amount).movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an amount such as 199.00 with at most " + digits
                    + " decimals, not '" + amount + "'", e);
        }
    }

    private static String key(String field) {
        return switch (field) {
            case "includedMinutes" -> "included-minutes";
            case "monthlyPrice" -> "monthly-price";
            case "maxConcurrentCalls" -> "max-concurrent-calls";
            case "overagePricePerMinute" -> "overage-price";
            case "trialDays" -> "trial-days";
            default -> field;
        };
    }
}
