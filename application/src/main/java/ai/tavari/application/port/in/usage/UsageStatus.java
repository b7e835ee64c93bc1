package ai.tavari.application.port.in.usage;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.UsagePeriod;
import java.time.ZoneId;
import java.util.Objects;

/** Minutes used in the current usage period against the plan's included minutes. */
public record UsageStatus(Plan plan, UsagePeriod period, ZoneId timeZone, long minutesUsed, long callsThisPeriod) {
    public static final int WARNING_PERCENT = 80;

    public UsageStatus {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timeZone, "timeZone");
        if (minutesUsed < 0 || callsThisPeriod < 0) {
            throw new IllegalArgumentException("usage figures must not be negative");
        }
    }

    public long includedMinutes() {
        return plan.includedMinutes();
    }

    public long minutesRemaining() {
        return plan.remainingMinutes(minutesUsed);
    }

    /**
     * Used minutes as a whole percentage of the included ones, rounded down (so 80 is shown only once
     * the warning applies) and not capped: overage shows above 100. A plan without included minutes
     * is at 100 %.
     */
    public long percentUsed() {
        if (plan.includedMinutes() == 0) {
            return 100;
        }
        return Math.multiplyExact(minutesUsed, 100) / plan.includedMinutes();
    }

    public UsageState state() {
        if (minutesUsed >= plan.includedMinutes()) {
            return UsageState.LIMIT_REACHED;
        }
        return percentUsed() >= WARNING_PERCENT ? UsageState.WARNING : UsageState.OK;
    }
}
