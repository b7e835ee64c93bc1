package ai.tavari.application.port.out;

import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.util.Objects;

/** One call's entry in the {@link UsageLedger}: its billable minutes and when they were recorded. */
public record RecordedUsage(CallId callId, int billableMinutes, int seconds, Instant recordedAt) {
    public RecordedUsage {
        Objects.requireNonNull(callId, "callId");
        UsageLedger.checkFigures(billableMinutes, seconds);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
