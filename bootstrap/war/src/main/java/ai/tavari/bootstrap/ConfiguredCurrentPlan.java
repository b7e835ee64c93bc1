package ai.tavari.bootstrap;

import ai.tavari.application.port.out.CurrentPlan;
import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.service.usage.CalendarMonths;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Until subscriptions are billed, every business is on one plan from configuration
 * ({@code tavari.billing.default-plan.*}), with calendar-month usage periods in the business's
 * time zone. The billing adapter replaces this bean. A plan that configuration describes badly
 * stops the deployment with the offending key named.
 */
@ApplicationScoped
public class ConfiguredCurrentPlan implements CurrentPlan {
    static final String PREFIX = "tavari.billing.default-plan.";

    @Inject
    @ConfigProperty(name = PREFIX + "code", defaultValue = "starter")
    String code;
    @Inject
    @ConfigProperty(name = PREFIX + "name", defaultValue = "Starter")
    String name;
    @Inject
    @ConfigProperty(name = PREFIX + "included-minutes", defaultValue = "300")
    String includedMinutes;
    @Inject
    @ConfigProperty(name = PREFIX + "monthly-price", defaultValue = "49.00")
    String monthlyPrice;
    @Inject
    @ConfigProperty(name = PREFIX + "currency", defaultValue = "USD")
    String currency;
    @Inject
    @ConfigProperty(name = PREFIX + "max-concurrent-calls", defaultValue = "2")
    String maxConcurrentCalls;

    private Plan plan;

    protected ConfiguredCurrentPlan() {
    }

    public ConfiguredCurrentPlan(Plan plan) {
        this.plan = plan;
    }

    @PostConstruct
    void readPlan() {
        plan = plan(code, name, includedMinutes, monthlyPrice, currency, maxConcurrentCalls);
    }

    /** Reads the plan while the application starts, so a bad setting fails the start, not the first request. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        plan();
    }

    public Plan plan() {
        return plan;
    }

    @Override
    public PlanTerm termFor(Business business, Instant now) {
        return new PlanTerm(plan, CalendarMonths.containing(now, business.timeZone()));
    }

    /** @throws IllegalArgumentException naming the configuration key that is wrong */
    static Plan plan(String code, String name, String includedMinutes, String monthlyPrice, String currency,
                     String maxConcurrentCalls) {
        long minutes = number("included-minutes", includedMinutes);
        int concurrent = Math.toIntExact(number("max-concurrent-calls", maxConcurrentCalls));
        Money price = money(monthlyPrice, currency);
        try {
            return new Plan(code, name, price, minutes, concurrent, false, Optional.empty(), 0);
        } catch (DomainValidationException e) {
            throw new IllegalArgumentException(PREFIX + key(e.field()) + ": " + e.getMessage(), e);
        }
    }

    private static long number(String key, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static Money money(String amount, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency.strip()).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "currency must be an ISO 4217 code such as USD, not '"
                    + currency + "'", e);
        }
        try {
            long minorUnits = new BigDecimal(amount.strip()).movePointRight(digits).longValueExact();
            return Money.of(minorUnits, currency.strip());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + "monthly-price must be an amount such as 49.00 with at most "
                    + digits + " decimals, not '" + amount + "'", e);
        }
    }

    private static String key(String field) {
        return switch (field) {
            case "includedMinutes" -> "included-minutes";
            case "monthlyPrice" -> "monthly-price";
            case "maxConcurrentCalls" -> "max-concurrent-calls";
            default -> field;
        };
    }
}
