package ai.tavari.domain.call;

import ai.tavari.domain.shared.Money;
import java.util.Objects;

/** What a call cost us, per component, in one currency. */
public record CostBreakdown(Money ai, Money telephony) {
    public CostBreakdown {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(telephony, "telephony");
        if (!ai.currency().equals(telephony.currency())) {
            throw new IllegalArgumentException("cost components must share one currency");
        }
    }

    public static CostBreakdown zero(String currency) {
        return new CostBreakdown(Money.zero(currency), Money.zero(currency));
    }

    public String currency() {
        return ai.currency();
    }

    public Money total() {
        return ai.plus(telephony);
    }

    public CostBreakdown plus(CostBreakdown other) {
        return new CostBreakdown(ai.plus(other.ai), telephony.plus(other.telephony));
    }

    public CostBreakdown withAi(Money newAi) {
        return new CostBreakdown(newAi, telephony);
    }

    public CostBreakdown withTelephony(Money newTelephony) {
        return new CostBreakdown(ai, newTelephony);
    }
}
