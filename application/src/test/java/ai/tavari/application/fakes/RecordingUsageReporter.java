package ai.tavari.application.fakes;

import ai.tavari.application.port.out.UsageReporter;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A {@link UsageReporter} that keeps what it was told, in order; configured unless built otherwise. */
public class RecordingUsageReporter implements UsageReporter {
    public record Report(String customerId, CallId callId, long minutes, Instant at) {
    }

    private final boolean configured;
    private final List<Report> reports = new ArrayList<>();

    public RecordingUsageReporter(boolean configured) {
        this.configured = configured;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public synchronized void reportOverage(String customerId, CallId callId, long minutes, Instant at) {
        if (!configured) {
            throw new IllegalStateException("not configured");
        }
        reports.add(new Report(customerId, callId, minutes, at));
    }

    public synchronized List<Report> reports() {
        return List.copyOf(reports);
    }
}
