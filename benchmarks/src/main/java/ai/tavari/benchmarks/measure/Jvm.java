package ai.tavari.benchmarks.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code jcmd} and the GC log tell about another JVM. */
public final class Jvm {
    /** {@code GC(53) Pause Full (Diagnostic Command) 294M->84M(290M) 103.806ms} (G1), {@code Garbage Collection (System.gc()) 300M(29%)->80M(8%)} (ZGC) */
    private static final Pattern FULL_GC = Pattern.compile(
            "(?:Pause Full \\((?:Diagnostic Command|System\\.gc\\(\\))\\) \\d+[KMGB]?->|Garbage Collection \\((?:Diagnostic Command|System\\.gc\\(\\))\\) \\d+[KMGB]?\\(\\d+%\\)->)(\\d+)([KMGB]?)");
    private static final Pattern HEAP_USED = Pattern.compile("(?:garbage-first heap|ZHeap|PSYoungGen|def new generation|"
            + "par new generation|Shenandoah)?[^\\n]*?total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");
    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+)ms\\].*Pause.*?(\\d+\\.\\d+)ms\\s*$");

    private Jvm() {
    }

    public static String jcmd(long pid, String... command) {
        List<String> args = new ArrayList<>(List.of(jcmdPath(), Long.toString(pid)));
        args.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            process.waitFor(60, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "jcmd failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String jcmdPath() {
        Path next = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(next) ? next.toString() : "jcmd";
    }

    /** Heap in use (kB) right after a full collection, or -1. */
    public static long heapUsedAfterGcKb(long pid) {
        return heapUsedAfterGcKb(pid, null);
    }

    /**
     * The live heap: a full collection ({@code jcmd GC.run}), then its "after" size from the GC log
     * when there is one. {@code GC.heap_info} is a second attach, a few hundred milliseconds later,
     * and by then the server has allocated again: at 300 calls that added 100–250 KB per call of
     * garbage to the figure. Without a GC log, heap_info it is.
     */
    public static long heapUsedAfterGcKb(long pid, Path gcLog) {
        int before = gcLog == null ? 0 : fullCollections(gcLog).size();
        jcmd(pid, "GC.run");
        if (gcLog != null) {
            for (int i = 0; i < 20; i++) {
                List<Long> full = fullCollections(gcLog);
                if (full.size() > before) {
                    return full.get(full.size() - 1);
                }
                sleepQuietly(100);
            }
        }
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        long used = -1;
        if (m.find()) {
            used = Long.parseLong(m.group(2));
        }
        return used;
    }

    /** The heap after each full collection in the GC log, in KB, oldest first. */
    static List<Long> fullCollections(Path gcLog) {
        List<Long> after = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = FULL_GC.matcher(line);
                if (m.find()) {
                    after.add(toKb(Long.parseLong(m.group(1)), m.group(2)));
                }
            }
        } catch (IOException e) {
            return after;
        }
        return after;
    }

    private static long toKb(long value, String unit) {
        return switch (unit) {
            case "G" -> value * 1024 * 1024;
            case "M" -> value * 1024;
            case "K" -> value;
            default -> value / 1024;
        };
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** GC pauses (ms) logged between two wall-clock instants, from a {@code -Xlog:gc:file=…:timemillis} log. */
    public static List<Double> pauses(Path gcLog, Instant from, Instant to) {
        List<Double> pauses = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(gcLog);
        } catch (IOException e) {
            return pauses;
        }
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                long at = Long.parseLong(m.group(1));
                if (at >= from.toEpochMilli() && at <= to.toEpochMilli()) {
                    pauses.add(Double.parseDouble(m.group(2)));
                }
            }
        }
        return pauses;
    }

    /** The JVM options that log GC pauses with wall-clock stamps to {@code file}. */
    public static String gcLogOption(Path file) {
        return "-Xlog:gc:file=" + file + ":timemillis";
    }
}
