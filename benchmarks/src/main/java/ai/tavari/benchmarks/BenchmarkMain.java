package ai.tavari.benchmarks;

import ai.tavari.benchmarks.fake.FakeRealtimeServer;
import ai.tavari.benchmarks.fake.ReplyShape;
import ai.tavari.benchmarks.measure.Jvm;
import ai.tavari.benchmarks.measure.ProcStats;
import ai.tavari.benchmarks.measure.RestLoad;
import ai.tavari.benchmarks.phone.CallLoad;
import ai.tavari.benchmarks.phone.PhoneCall;
import ai.tavari.benchmarks.report.Plot;
import ai.tavari.benchmarks.report.Report;
import ai.tavari.benchmarks.report.StepResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark: {@code java -jar benchmarks/target/tavari-benchmarks.jar [options]} from the
 * repository root, after {@code ./mvnw -q install -DskipTests}. This process is the telephony side
 * and the fake OpenAI; the server under test (the launcher with its embedded PostgreSQL, then the
 * reference relay) runs in its own processes. Results: a Markdown report, a CSV and a PNG under
 * {@code benchmarks/target/benchmark-results/<time>/}.
 */
public final class BenchmarkMain {
    /** The load process's own JVM: low-pause GC, so its pauses do not pass for the bridge's. */
    static final List<String> LOAD_JVM = List.of("-XX:+UseZGC", "-Xms1g", "-Xmx1g", "-Dtavari.bench.child=true");

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("tavari.bench.child")) {
            List<String> command = new ArrayList<>(List.of(ServerProcess.java()));
            command.addAll(LOAD_JVM);
            command.addAll(List.of("-cp", ServerProcess.ownJar(), BenchmarkMain.class.getName()));
            command.addAll(List.of(args));
            Process child = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            System.exit(child.waitFor());
        }
        Options options = Options.parse(args);
        String command = "java -jar benchmarks/target/tavari-benchmarks.jar" + (args.length == 0 ? "" : " " + String.join(" ", args));
        Path out = run(options, command);
        System.out.println("\n" + Files.readString(out.resolve("report.md")));
        System.out.println("results in " + out);
        System.exit(0);
    }

    static Path run(Options o, String command) throws Exception {
        Instant started = Instant.now();
        Path out = o.out.resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started))
                .toAbsolutePath();
        Files.createDirectories(out);
        String secret = "bench-" + UUID.randomUUID();
        Registry registry = new Registry();
        PhoneCall.TalkPattern pattern = new PhoneCall.TalkPattern(o.bargeIn);
        List<StepResult> ours = List.of();
        List<StepResult> reference = List.of();
        List<RestLoad.Result> rest = new ArrayList<>();
        Duration firstStart = null;
        Duration restart = null;
        String loadBefore = ProcStats.read("/proc/loadavg").trim();

        try (FakeRealtimeServer fake = new FakeRealtimeServer(registry, ReplyShape.realistic(), Duration.ofMillis(200)).start()) {
            System.out.println("fake OpenAI Realtime at " + fake.url());
            if (o.tavari) {
                Path home = out.resolve("tavari-home");
                Files.createDirectories(home);
                Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
                Path gcLog = out.resolve("tavari-gc.log");
                Map<String, String> env = new LinkedHashMap<>();
                env.put("OPENAI_API_KEY", FakeRealtimeServer.API_KEY);
                env.put("OPENAI_REALTIME_URL", fake.url().toString());
                env.put("VOXIMPLANT_WEBHOOK_SECRET", secret);
                env.put("TAVARI_JAVA_OPTS", o.serverJavaOptions + " " + Jvm.gcLogOption(gcLog));
                // one plan for every benchmark business: no cap on concurrent calls or minutes
                env.put("TAVARI_BILLING_PLAN_TRIAL_MAX_CONCURRENT_CALLS", "100000");
                env.put("TAVARI_BILLING_PLAN_TRIAL_INCLUDED_MINUTES", "100000000");
                env.put("TAVARI_AUTH_RATE_LIMIT_PER_IP", "1000000");
                env.put("TAVARI_AUTH_RATE_LIMIT_PER_EMAIL", "1000000");
                int port = ServerProcess.freePort();
                // a private copy: a build running meanwhile may rewrite the jar in target/
                Path launcherJar = out.resolve("tavari.jar");
                Files.copy(o.launcherJar, launcherJar);
                System.out.println("starting Tavari (launcher " + o.launcherJar + ", home " + home + ")");
                try (ServerProcess server = ServerProcess.launcher(launcherJar, home, port, env,
                        out.resolve("tavari-run.log"))) {
                    firstStart = server.awaitOutput("Tavari is running at", Duration.ofSeconds(300));
                    System.out.println("Tavari ready after " + firstStart.toMillis() + " ms (first start)");
                    List<Businesses.Business> businesses = Businesses.create(server, o.businesses, true);
                    Businesses.Business unfinished = Businesses.create(server, 1, false).get(0);
                    System.out.println(businesses.size() + " businesses ready");
                    try (CallLoad load = new CallLoad(registry, server.baseUri(), secret,
                            businesses.stream().map(Businesses.Business::number).toList(), pattern, o.minLife, o.maxLife,
                            o.rampPerSecond).start()) {
                        StepRunner runner = new StepRunner("tavari", o, registry, load, server.serverPid(),
                                server::databasePids, List.of(server.pid()), gcLog, out);
                        runner.measureIdle();
                        ours = runner.run();
                    }
                    if (o.rest) {
                        Thread.sleep(3_000);
                        RestLoad restLoad = new RestLoad(o.restConnections, 2, o.restDuration, out);
                        Businesses.Business busiest = businesses.get(0);
                        long calls = Businesses.call(server.baseUri(), "GET", "api/calls?limit=1", busiest.token(), null, 200)
                                .getInt("total");
                        rest.add(restLoad.get("GET /api/calls (first page of 25; the business has " + calls + " calls)",
                                server.baseUri().resolve("api/calls"), busiest.token()));
                        System.out.println(rest.get(rest.size() - 1));
                        rest.add(restLoad.webhooks("POST /api/calls/webhook (signed call.started; admission, call stored, decision reject)",
                                server.baseUri().resolve("api/calls/webhook"), secret, unfinished.number(), 60_000));
                        System.out.println(rest.get(rest.size() - 1));
                    }
                }
                if (o.restart) {
                    try (ServerProcess again = ServerProcess.launcher(launcherJar, home,
                            ServerProcess.freePort(), env, out.resolve("tavari-restart.log"))) {
                        restart = again.awaitOutput("Tavari is running at", Duration.ofSeconds(300));
                        System.out.println("Tavari ready after " + restart.toMillis() + " ms (restart)");
                    }
                }
                // the database and the unpacked runtime take a few hundred MB; the logs stay
                deleteRecursively(home);
                Files.deleteIfExists(launcherJar);
            }
            if (o.reference) {
                Path gcLog = out.resolve("reference-gc.log");
                List<String> jvm = o.serverJvmOptions();
                jvm.add(Jvm.gcLogOption(gcLog));
                try (ServerProcess relay = ServerProcess.relay(jvm, ServerProcess.freePort(), fake.url(),
                        FakeRealtimeServer.API_KEY, secret, out.resolve("reference-run.log"))) {
                    relay.awaitOutput("Reference relay listening", Duration.ofSeconds(60));
                    try (CallLoad load = new CallLoad(registry, relay.baseUri(), secret, List.of("+13125550100"), pattern,
                            o.minLife, o.maxLife, o.rampPerSecond).start()) {
                        StepRunner runner = new StepRunner("reference", o, registry, load, relay.pid(), List::of, List.of(),
                                gcLog, out);
                        runner.measureIdle();
                        reference = runner.run();
                    }
                }
            }
        }

        Report report = new Report();
        header(report, o, command, started, loadBefore);
        if (o.tavari) {
            report.line("### Start to ready (Tavari launcher)").line("");
            report.startTimes(firstStart, o.restart ? restart : null);
            report.line("### Tavari: latency through the bridge").line("");
            report.latency(ours);
            report.line("### Tavari: calls and frames").line("");
            report.calls(ours);
            report.line("### Tavari: resources").line("");
            report.resources(ours, true);
        }
        if (o.reference) {
            report.line("### Reference relay: latency").line("");
            report.latency(reference);
            report.line("### Reference relay: calls and frames").line("");
            report.calls(reference);
            report.line("### Reference relay: resources").line("");
            report.resources(reference, false);
        }
        if (o.tavari && o.reference) {
            report.line("### Reference ÷ Tavari (above 1: Tavari is faster or cheaper)").line("");
            report.ratios(ours, reference);
        }
        if (!rest.isEmpty()) {
            report.line("### REST at a fixed concurrency (Tavari, no calls live)").line("");
            report.rest(rest);
        }
        if (o.tavari) {
            report.line("### Targets").line("");
            report.targets(ours, firstStart, o.restart ? restart : null);
        }
        Files.writeString(out.resolve("report.md"), report.markdown(), StandardCharsets.UTF_8);
        List<StepResult> all = new ArrayList<>(ours);
        all.addAll(reference);
        Files.writeString(out.resolve("results.csv"), Report.csv(all));
        Plot.write(out.resolve("latency-vs-calls.png"), ours, reference,
                "p50 and p99 per step; " + machineLine() + "; " + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(started));
        return out;
    }

    private static void header(Report report, Options o, String command, Instant started, String loadBefore) {
        report.line("## Run of " + DateTimeFormatter.ISO_INSTANT.format(started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .line("")
                .line("- machine: " + machineLine())
                .line("- JDK: " + javaVersion())
                .line("- command: `" + command + "`")
                .line("- load: " + o.describe())
                .line("- server JVM options: `" + o.serverJavaOptions + "` plus a GC log; load process: `"
                        + String.join(" ", LOAD_JVM.subList(0, 3)) + "`")
                .line("- load average before the run: " + loadBefore)
                .line("");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String machineLine() {
        String model = ProcStats.read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        long memKb = ProcStats.read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D+", ""))).orElse(0L);
        return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), "
                + String.format(java.util.Locale.ROOT, "%.1f", memKb / 1024.0 / 1024.0) + " GiB memory, Linux "
                + ProcStats.read("/proc/sys/kernel/osrelease").trim();
    }

    static String javaVersion() {
        try {
            Process p = new ProcessBuilder(ServerProcess.java(), "-version").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return String.join("; ", text.strip().split("\\R"));
        } catch (IOException e) {
            return System.getProperty("java.runtime.version");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return System.getProperty("java.runtime.version");
        }
    }
}
