package ai.tavari.benchmarks;

import ai.tavari.benchmarks.fake.FakeSession;
import ai.tavari.benchmarks.measure.JfrSummary;
import ai.tavari.benchmarks.measure.Jvm;
import ai.tavari.benchmarks.measure.ProcStats;
import ai.tavari.benchmarks.measure.Recorder;
import ai.tavari.benchmarks.phone.CallLoad;
import ai.tavari.benchmarks.report.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs the load steps against one server: ramp to N calls, warm up, measure a window, read the
 * server's CPU, memory and GC, then check that every frame sent in the window arrived.
 */
final class StepRunner {
    private static final long MS = 1_000_000L;

    private final String name;
    private final Options options;
    private final Registry registry;
    private final CallLoad load;
    private final long serverPid;
    private final Supplier<List<Long>> databasePids;
    private final List<Long> otherOwnPids;
    private final Path gcLog;
    private final Path out;
    private long idleHeapKb = -1;
    private long idleRssKb = -1;
    private ai.tavari.benchmarks.measure.Histogram idleHistogram;

    StepRunner(String name, Options options, Registry registry, CallLoad load, long serverPid,
               Supplier<List<Long>> databasePids, List<Long> otherOwnPids, Path gcLog, Path out) {
        this.name = name;
        this.options = options;
        this.registry = registry;
        this.load = load;
        this.serverPid = serverPid;
        this.databasePids = databasePids;
        this.otherOwnPids = otherOwnPids;
        this.gcLog = gcLog;
        this.out = out;
    }

    /** Heap after a full collection and RSS with no calls: what per-call figures are relative to. */
    void measureIdle() {
        idleHeapKb = Jvm.heapUsedAfterGcKb(serverPid, gcLog);
        idleRssKb = ProcStats.status(serverPid, "VmRSS");
        if (options.profileAt > 0) {
            idleHistogram = ai.tavari.benchmarks.measure.Histogram.of(serverPid);
        }
        log("idle: heap after GC " + idleHeapKb / 1024 + " MB, RSS " + idleRssKb / 1024 + " MB, threads "
                + ProcStats.status(serverPid, "Threads"));
    }

    List<StepResult> run() throws Exception {
        List<StepResult> results = new ArrayList<>();
        for (int target : options.steps) {
            StepResult result = step(target);
            results.add(result);
            if (result.broke() && !options.keepGoing) {
                log(target + " calls: the server no longer keeps up; no larger step is run");
                break;
            }
        }
        load.hangUpAll();
        long deadline = System.nanoTime() + 30_000 * MS;
        while (load.live() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000);
        return results;
    }

    private StepResult step(int target) throws Exception {
        Recorder recorder = new Recorder();
        long rampStart = System.nanoTime();
        recorder.setupWindow(rampStart, Long.MAX_VALUE);
        registry.recorder(recorder);
        load.target(target);
        log(target + " calls: ramping up (" + load.live() + " live)");
        long rampDeadline = rampStart + (long) ((target / options.rampPerSecond + 60) * 1000) * MS;
        while (load.streaming() < target && System.nanoTime() < rampDeadline) {
            Thread.sleep(100);
        }
        Thread.sleep(options.warmup.toMillis());

        long[] machine0 = ProcStats.machine();
        List<Long> dbPids = databasePids.get();
        double server0 = ProcStats.cpuSeconds(serverPid);
        double db0 = ProcStats.cpuSeconds(dbPids);
        double own0 = ProcStats.cpuSeconds(ProcessHandle.current().pid());
        double others0 = ProcStats.cpuSeconds(otherOwnPids);
        Instant wallFrom = Instant.now();
        long from = System.nanoTime();
        long to = from + options.window.toNanos();
        recorder.audioWindow(from, to);
        if (target == options.profileAt && !options.noJfr) {
            Path jfr = out.resolve(name + "-" + target + ".jfr").toAbsolutePath();
            log("recording the server with JFR: " + Jvm.jcmd(serverPid, "JFR.start", "name=bench", "settings=profile",
                    "duration=" + options.window.toSeconds() + "s", "filename=" + jfr).trim().replace('\n', ' '));
        }
        int liveMin = Integer.MAX_VALUE;
        int liveMax = 0;
        while (System.nanoTime() < to) {
            int live = load.streaming();
            liveMin = Math.min(liveMin, live);
            liveMax = Math.max(liveMax, live);
            Thread.sleep(Math.max(1, Math.min(500, (to - System.nanoTime()) / MS)));
        }
        long measured = System.nanoTime() - from;
        double seconds = measured / 1e9;
        Instant wallTo = Instant.now();
        long[] machine1 = ProcStats.machine();
        double serverCpu = (ProcStats.cpuSeconds(serverPid) - server0) / seconds * 100;
        double dbCpu = (ProcStats.cpuSeconds(dbPids) - db0) / seconds * 100;
        double ownCpu = (ProcStats.cpuSeconds(ProcessHandle.current().pid()) - own0) / seconds * 100;
        double othersOwn = (ProcStats.cpuSeconds(otherOwnPids) - others0) / seconds * 100;
        int cores = Runtime.getRuntime().availableProcessors();
        double machineBusy = machine1[1] == machine0[1] ? Double.NaN
                : 100.0 * cores * (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]);
        double others = machineBusy - serverCpu - dbCpu - ownCpu;
        long rss = ProcStats.status(serverPid, "VmRSS");
        long threads = ProcStats.status(serverPid, "Threads");
        List<Double> pauses = gcLog == null ? List.of() : Jvm.pauses(gcLog, wallFrom, wallTo);
        recorder.setupWindow(rampStart, to);
        int liveNow = Math.max(1, load.streaming());
        long heap = Jvm.heapUsedAfterGcKb(serverPid, gcLog);
        if (target == options.profileAt && idleHistogram != null) {
            Files.writeString(out.resolve(name + "-" + target + "-heap.txt"),
                    ai.tavari.benchmarks.measure.Histogram.of(serverPid).growthSince(idleHistogram, liveNow, 40));
        }
        if (target == options.profileAt && !options.noJfr) {
            Path jfr = out.resolve(name + "-" + target + ".jfr").toAbsolutePath();
            // the file exists, empty, from the recording's start; it is written when the recording ends
            long size = -1;
            for (int i = 0; i < 120 && (size <= 0 || size != sizeOf(jfr)); i++) {
                size = sizeOf(jfr);
                Thread.sleep(500);
            }
            if (size > 0) {
                Files.writeString(out.resolve(name + "-" + target + "-profile.txt"), JfrSummary.summarize(jfr, 25));
                log("profile written to " + out.resolve(name + "-" + target + "-profile.txt"));
            }
        }
        Thread.sleep(2_000);
        long[] caller = load.callerDeliveries(from, to);
        long agentExpected = 0;
        long agentMissing = 0;
        for (FakeSession session : registry.sessions()) {
            long[] counts = session.agentDeliveries(from, to, to);
            agentExpected += counts[0];
            agentMissing += counts[1];
        }
        double heapPerCall = heap < 0 || idleHeapKb < 0 ? Double.NaN : (heap - idleHeapKb) / (double) liveNow;
        double rssPerCall = rss < 0 || idleRssKb < 0 ? Double.NaN : (rss - idleRssKb) / (double) liveNow;
        StepResult result = new StepResult(name, target, liveMin == Integer.MAX_VALUE ? 0 : liveMin, liveMax, seconds,
                recorder.callerToAi.summary(), recorder.aiToCaller.summary(), recorder.aiToCallerFirst.summary(),
                recorder.pacingLateness.summary(), recorder.bargeInToClear.summary(), recorder.callSetup.summary(),
                recorder.firstAgentAudio.summary(), recorder.phoneSendLag.summary(), caller[0], caller[1], agentExpected,
                agentMissing, recorder.callerFramesReordered.get(), recorder.agentFramesReordered.get(),
                recorder.leakedAfterClear.get(), recorder.lateDeltasForwarded.get(), recorder.bargeIns.get(),
                recorder.callsStarted.get(), recorder.setupFailures.get(), recorder.callsFailedMidway.get(),
                recorder.unmatched.get(), serverCpu + othersOwn, dbCpu, ownCpu, machineBusy, others - othersOwn, rss, threads,
                heap, heapPerCall, rssPerCall, pauses.size(), pauses.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                pauses.stream().mapToDouble(Double::doubleValue).sum());
        log(String.format(Locale.ROOT, "%d calls (live %d-%d): caller→OpenAI p50 %.2f p99 %.2f ms | OpenAI→caller p50 %.2f p99 %.2f ms"
                        + " | setup p99 %.1f ms | dropped %d+%d of %d+%d | CPU server %.0f%% db %.0f%% load %.0f%% | heap/call %.1f KB",
                target, result.liveMin(), result.liveMax(), result.callerToAi().p50(), result.callerToAi().p99(),
                result.aiToCaller().p50(), result.aiToCaller().p99(), result.callSetup().p99(), caller[1], agentMissing,
                caller[0], agentExpected, result.serverCpuPercent(), dbCpu, ownCpu, heapPerCall));
        return result;
    }

    private void log(String text) {
        System.out.println("[" + name + "] " + text);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
