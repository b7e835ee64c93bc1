package ai.tavari.adapters.web.usage;

import ai.tavari.application.port.in.usage.UsageStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * Minutes of the current period: {@code state} is OK, WARNING (80 % or more used) or LIMIT_REACHED
 * (every included minute used); {@code percentUsed} is rounded down and not capped.
 */
@JsonbPropertyOrder({"plan", "periodStart", "periodEnd", "timeZone", "minutesIncluded", "minutesUsed",
        "minutesRemaining", "percentUsed", "callsThisPeriod", "state"})
public record UsageStatusView(PlanView plan, Instant periodStart, Instant periodEnd, String timeZone,
                              long minutesIncluded, long minutesUsed, long minutesRemaining, long percentUsed,
                              long callsThisPeriod, String state) {
    static UsageStatusView of(UsageStatus status) {
        return new UsageStatusView(PlanView.of(status.plan()), status.period().start(), status.period().end(),
                status.timeZone().getId(), status.includedMinutes(), status.minutesUsed(), status.minutesRemaining(),
                status.percentUsed(), status.callsThisPeriod(), status.state().name());
    }
}
