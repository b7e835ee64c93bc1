package ai.tavari.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command-line settings of a run; {@code --help} lists them. */
public final class Options {
    List<Integer> steps = List.of(50, 100, 200, 300, 400, 600, 800);
    Duration warmup = Duration.ofSeconds(5);
    Duration window = Duration.ofSeconds(20);
    double rampPerSecond = 40;
    Duration minLife = Duration.ofSeconds(45);
    Duration maxLife = Duration.ofSeconds(90);
    double bargeIn = 0.25;
    int businesses = 40;
    boolean tavari = true;
    boolean reference = true;
    boolean rest = true;
    boolean restart = true;
    Duration restDuration = Duration.ofSeconds(15);
    int restConnections = 16;
    Path launcherJar = Path.of("bootstrap/launcher/target/tavari.jar");
    Path out = Path.of("benchmarks/target/benchmark-results");
    String serverJavaOptions = "-Xmx1g -XX:+ExitOnOutOfMemoryError";
    int profileAt = -1;
    boolean noJfr;
    boolean keepGoing;

    static final String HELP = """
            java -jar benchmarks/target/tavari-benchmarks.jar [options]
              --steps 50,100,200     concurrent calls per step (default 50,100,200,300,400,600,800); stops after
                                     the first step that breaks (lost frames, failed calls, p99 over 1 s) unless --keep-going
              --window 20            seconds measured per step, after --warmup 5 seconds at the step's calls
              --ramp 40              new calls per second at most
              --life 45-90           seconds each call lasts (a finished call is replaced at once)
              --barge-in 0.25        chance that the caller cuts into an agent reply
              --businesses 40        businesses the calls are spread over
              --only tavari|reference   one server only (default: both, Tavari first)
              --no-rest --no-restart skip the REST load / the restart measurement
              --rest-seconds 15 --rest-connections 16
              --profile-at 300       record the server with JFR during that step and diff its live heap
                                     against the idle server's (class histograms); --heap-only: no JFR
              --launcher PATH        the launcher jar (default bootstrap/launcher/target/tavari.jar)
              --server-java-opts "…" TAVARI_JAVA_OPTS of the server, also used for the reference relay
                                     (default: the launcher's own default, -Xmx1g -XX:+ExitOnOutOfMemoryError)
              --out DIR              results (default benchmarks/target/benchmark-results)
            """;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--steps" -> o.steps = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--window" -> o.window = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--warmup" -> o.warmup = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--ramp" -> o.rampPerSecond = Double.parseDouble(args[++i]);
                case "--life" -> {
                    String[] range = args[++i].split("-");
                    o.minLife = Duration.ofSeconds(Long.parseLong(range[0]));
                    o.maxLife = Duration.ofSeconds(Long.parseLong(range[range.length - 1]));
                }
                case "--barge-in" -> o.bargeIn = Double.parseDouble(args[++i]);
                case "--businesses" -> o.businesses = Integer.parseInt(args[++i]);
                case "--only" -> {
                    String which = args[++i];
                    o.tavari = which.equals("tavari");
                    o.reference = which.equals("reference");
                }
                case "--no-rest" -> o.rest = false;
                case "--no-restart" -> o.restart = false;
                case "--rest-seconds" -> o.restDuration = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--rest-connections" -> o.restConnections = Integer.parseInt(args[++i]);
                case "--profile-at" -> o.profileAt = Integer.parseInt(args[++i]);
                case "--heap-only" -> o.noJfr = true;
                case "--launcher" -> o.launcherJar = Path.of(args[++i]);
                case "--server-java-opts" -> o.serverJavaOptions = args[++i];
                case "--out" -> o.out = Path.of(args[++i]);
                case "--keep-going" -> o.keepGoing = true;
                case "--help", "-h" -> {
                    System.out.println(HELP);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + HELP);
            }
        }
        return o;
    }

    List<String> serverJvmOptions() {
        return new ArrayList<>(Arrays.asList(serverJavaOptions.trim().split("\\s+")));
    }

    String describe() {
        return "steps " + steps + ", warm-up " + warmup.toSeconds() + " s + window " + window.toSeconds() + " s per step, ramp ≤ "
                + (int) rampPerSecond + " calls/s, calls last " + minLife.toSeconds() + "–" + maxLife.toSeconds()
                + " s (replaced when over), barge-in chance " + bargeIn + " per agent reply, " + businesses + " businesses";
    }
}
