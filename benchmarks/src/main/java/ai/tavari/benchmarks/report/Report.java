package ai.tavari.benchmarks.report;

import ai.tavari.benchmarks.measure.RestLoad;
import ai.tavari.benchmarks.measure.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The run as Markdown tables (the format of BENCHMARKS.md) and as CSV. */
public final class Report {
    private final StringBuilder md = new StringBuilder();

    public Report line(String text) {
        md.append(text).append('\n');
        return this;
    }

    public String markdown() {
        return md.toString();
    }

    public void startTimes(Duration firstStart, Duration restart) {
        line("| start | time to ready |").line("|---|---|");
        line("| first start (new home: database created, migrations, no class-data archive yet) | "
                + (firstStart == null ? "not measured" : secs(firstStart)) + " |");
        line("| restart (existing home, class-data archive written at the first stop) | "
                + (restart == null ? "not measured" : secs(restart)) + " |");
        line("");
    }

    public void latency(List<StepResult> steps) {
        line("| calls | live min–max | caller → OpenAI p50 / p99 / p99.9 ms | OpenAI → caller (unpaced) p50 / p99 / p99.9 ms"
                + " | first delta of a reply p50 / p99 ms | samples c→o / o→c | barge-in → clear p50 / p99 ms"
                + " | paced deltas: lateness p50 / p99 ms |");
        line("|---:|---|---|---|---|---|---|---|");
        for (StepResult s : steps) {
            line("| " + s.target() + " | " + s.liveMin() + "–" + s.liveMax() + " | " + three(s.callerToAi()) + " | "
                    + three(s.aiToCaller()) + " | " + two(s.aiToCallerFirst()) + " | " + s.callerToAi().count() + " / "
                    + s.aiToCaller().count() + " | " + two(s.bargeInToClear()) + " | "
                    + ("reference".equals(s.server()) ? "– (no pacing)" : two(s.pacingLateness())) + " |");
        }
        line("");
    }

    public void calls(List<StepResult> steps) {
        line("| calls | calls started | setup failed | failed mid-call | call setup p50 / p99 ms | first agent audio p50 / p99 ms"
                + " | caller frames checked / dropped | agent frames checked / dropped | reordered c→o / o→c"
                + " | after clear / late deltas | barge-ins |");
        line("|---:|---:|---:|---:|---|---|---|---|---|---|---:|");
        for (StepResult s : steps) {
            line("| " + s.target() + " | " + s.callsStarted() + " | " + s.setupFailures() + " | " + s.callsFailedMidway()
                    + " | " + two(s.callSetup()) + " | " + two(s.firstAgentAudio()) + " | " + s.callerExpected() + " / "
                    + s.callerMissing() + " | " + s.agentExpected() + " / " + s.agentMissing() + " | " + s.callerReordered()
                    + " / " + s.agentReordered() + " | " + s.leakedAfterClear() + " / " + s.lateDeltasForwarded() + " | "
                    + s.bargeIns() + " |");
        }
        line("");
    }

    public void resources(List<StepResult> steps, boolean database) {
        line("| calls | server CPU % | " + (database ? "PostgreSQL CPU % | " : "") + "load generator CPU % | others % | machine busy %"
                + " | heap after GC MB | heap / call KB | server RSS MB | RSS / call KB | threads | GC pauses n / max / total ms"
                + " | generator send lag p99 ms |");
        line("|---:|---:|" + (database ? "---:|" : "") + "---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        for (StepResult s : steps) {
            line("| " + s.target() + " | " + f1(s.serverCpuPercent()) + " | " + (database ? f1(s.databaseCpuPercent()) + " | " : "")
                    + f1(s.loadCpuPercent()) + " | " + f1(s.othersCpuPercent()) + " | " + f1(s.machineBusyPercent()) + " | "
                    + (s.heapAfterGcKb() < 0 ? "n/a" : f1(s.heapAfterGcKb() / 1024.0)) + " | " + f1(s.heapPerCallKb()) + " | "
                    + f1(s.serverRssKb() / 1024.0) + " | " + f1(s.rssPerCallKb()) + " | " + s.serverThreads() + " | "
                    + s.gcPauses() + " / " + f2(s.gcPauseMaxMs()) + " / " + f1(s.gcPauseTotalMs()) + " | "
                    + f2(s.phoneSendLag().p99()) + " |");
        }
        line("");
    }

    public void ratios(List<StepResult> ours, List<StepResult> reference) {
        line("| calls | caller → OpenAI p50 | p99 | OpenAI → caller p50 | p99 | server CPU per call |");
        line("|---:|---:|---:|---:|---:|---:|");
        for (StepResult o : ours) {
            Optional<StepResult> r = reference.stream().filter(x -> x.target() == o.target()).findFirst();
            if (r.isEmpty()) {
                continue;
            }
            StepResult ref = r.get();
            line("| " + o.target() + " | " + ratio(ref.callerToAi().p50(), o.callerToAi().p50()) + " | "
                    + ratio(ref.callerToAi().p99(), o.callerToAi().p99()) + " | " + ratio(ref.aiToCaller().p50(), o.aiToCaller().p50())
                    + " | " + ratio(ref.aiToCaller().p99(), o.aiToCaller().p99()) + " | "
                    + ratio(ref.serverCpuPercent() / ref.target(), (o.serverCpuPercent() + o.databaseCpuPercent()) / o.target()) + " |");
        }
        line("");
    }

    public void rest(List<RestLoad.Result> results) {
        line("| endpoint | tool | connections | duration s | requests | requests/s | p50 ms | p90 ms | p99 ms | errors | note |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (RestLoad.Result r : results) {
            line("| " + r.what() + " | " + r.tool() + " | " + r.connections() + " | " + f1(r.seconds()) + " | " + r.requests()
                    + " | " + f1(r.requestsPerSecond()) + " | " + f2(r.p50()) + " | " + f2(r.p90()) + " | " + f2(r.p99()) + " | "
                    + r.errors() + " | " + r.note() + " |");
        }
        line("");
    }

    public void targets(List<StepResult> ours, Duration firstStart, Duration restart) {
        line("| target | measured | met |");
        line("|---|---|---|");
        int best = 0;
        for (StepResult s : ours) {
            if (s.dropped() == 0 && s.callerToAi().p99() <= 10 && s.aiToCaller().p99() <= 10 && !s.broke()) {
                best = Math.max(best, s.target());
            }
        }
        line("| ≥ 300 concurrent calls, zero dropped frames, bridge p99 ≤ 10 ms both ways | highest step meeting all three: "
                + (best == 0 ? "none" : best + " calls") + " | " + (best >= 300 ? "yes" : "no") + " |");
        Optional<StepResult> at300 = ours.stream().filter(s -> s.target() == 300).findFirst();
        at300.ifPresent(s -> {
            line("| call setup p99 ≤ 20 ms (at 300 calls) | " + f2(s.callSetup().p99()) + " ms | " + yes(s.callSetup().p99() <= 20) + " |");
            line("| ≤ 100 KB heap per call (at 300 calls) | " + f1(s.heapPerCallKb()) + " KB | " + yes(s.heapPerCallKb() <= 100) + " |");
        });
        if (at300.isEmpty()) {
            line("| call setup p99 ≤ 20 ms, ≤ 100 KB heap per call | no 300-call step in this run | – |");
        }
        if (firstStart != null) {
            line("| start to ready ≤ 10 s (first start) | " + secs(firstStart) + " | " + yes(firstStart.toMillis() <= 10_000) + " |");
        }
        if (restart != null) {
            line("| start to ready ≤ 10 s (restart) | " + secs(restart) + " | " + yes(restart.toMillis() <= 10_000) + " |");
        }
        line("");
    }

    public static String csv(List<StepResult> steps) {
        List<String> rows = new ArrayList<>();
        rows.add("server,calls,live_min,live_max,c2o_p50,c2o_p99,c2o_p999,c2o_n,o2c_p50,o2c_p99,o2c_p999,o2c_n,first_p50,"
                + "first_p99,barge_p50,barge_p99,pacing_p50,pacing_p99,setup_p50,setup_p99,ttfa_p50,ttfa_p99,caller_checked,"
                + "caller_dropped,agent_checked,agent_dropped,reordered_c2o,reordered_o2c,leaked,late_forwarded,barge_ins,"
                + "calls_started,setup_failed,failed_midway,unmatched,server_cpu,db_cpu,load_cpu,others_cpu,machine_busy,"
                + "heap_after_gc_kb,heap_per_call_kb,rss_kb,rss_per_call_kb,threads,gc_pauses,gc_max_ms,gc_total_ms,send_lag_p99");
        for (StepResult s : steps) {
            rows.add(String.join(",", s.server(), i(s.target()), i(s.liveMin()), i(s.liveMax()), f3(s.callerToAi().p50()),
                    f3(s.callerToAi().p99()), f3(s.callerToAi().p999()), i(s.callerToAi().count()), f3(s.aiToCaller().p50()),
                    f3(s.aiToCaller().p99()), f3(s.aiToCaller().p999()), i(s.aiToCaller().count()), f3(s.aiToCallerFirst().p50()),
                    f3(s.aiToCallerFirst().p99()), f3(s.bargeInToClear().p50()), f3(s.bargeInToClear().p99()),
                    f3(s.pacingLateness().p50()), f3(s.pacingLateness().p99()), f3(s.callSetup().p50()), f3(s.callSetup().p99()),
                    f3(s.firstAgentAudio().p50()), f3(s.firstAgentAudio().p99()), l(s.callerExpected()), l(s.callerMissing()),
                    l(s.agentExpected()), l(s.agentMissing()), l(s.callerReordered()), l(s.agentReordered()),
                    l(s.leakedAfterClear()), l(s.lateDeltasForwarded()), l(s.bargeIns()), l(s.callsStarted()),
                    l(s.setupFailures()), l(s.callsFailedMidway()), l(s.unmatched()), f1(s.serverCpuPercent()),
                    f1(s.databaseCpuPercent()), f1(s.loadCpuPercent()), f1(s.othersCpuPercent()), f1(s.machineBusyPercent()),
                    l(s.heapAfterGcKb()), f1(s.heapPerCallKb()), l(s.serverRssKb()), f1(s.rssPerCallKb()), l(s.serverThreads()),
                    i(s.gcPauses()), f2(s.gcPauseMaxMs()), f1(s.gcPauseTotalMs()), f3(s.phoneSendLag().p99())));
        }
        return String.join("\n", rows) + "\n";
    }

    private static String three(Samples.Summary s) {
        return s.count() == 0 ? "–" : f2(s.p50()) + " / " + f2(s.p99()) + " / " + f2(s.p999());
    }

    private static String two(Samples.Summary s) {
        return s.count() == 0 ? "–" : f2(s.p50()) + " / " + f2(s.p99());
    }

    private static String ratio(double reference, double ours) {
        if (Double.isNaN(reference) || Double.isNaN(ours) || ours <= 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f×", reference / ours);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "no";
    }

    static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static String f1(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String f3(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String i(int v) {
        return Integer.toString(v);
    }

    private static String l(long v) {
        return Long.toString(v);
    }
}
