package ai.tavari.benchmarks.report;

import ai.tavari.benchmarks.measure.Samples;

/** Everything one load step measured against one server. */
public record StepResult(
        String server,
        int target,
        int liveMin,
        int liveMax,
        double windowSeconds,
        Samples.Summary callerToAi,
        Samples.Summary aiToCaller,
        Samples.Summary aiToCallerFirst,
        Samples.Summary pacingLateness,
        Samples.Summary bargeInToClear,
        Samples.Summary callSetup,
        Samples.Summary firstAgentAudio,
        Samples.Summary phoneSendLag,
        long callerExpected,
        long callerMissing,
        long agentExpected,
        long agentMissing,
        long callerReordered,
        long agentReordered,
        long leakedAfterClear,
        long lateDeltasForwarded,
        long bargeIns,
        long callsStarted,
        long setupFailures,
        long callsFailedMidway,
        long unmatched,
        double serverCpuPercent,
        double databaseCpuPercent,
        double loadCpuPercent,
        double machineBusyPercent,
        double othersCpuPercent,
        long serverRssKb,
        long serverThreads,
        long heapAfterGcKb,
        double heapPerCallKb,
        double rssPerCallKb,
        int gcPauses,
        double gcPauseMaxMs,
        double gcPauseTotalMs) {

    public long dropped() {
        return callerMissing + agentMissing;
    }

    /** Lost frames, failed calls, or latency beyond a second: the server no longer keeps up. */
    public boolean broke() {
        double frames = Math.max(1, callerExpected + agentExpected);
        return setupFailures > Math.max(2, callsStarted / 100) || callsFailedMidway > Math.max(2, callsStarted / 100)
                || dropped() / frames > 0.001 || !(callerToAi.p99() < 1000) || liveMin < target * 0.95;
    }
}
