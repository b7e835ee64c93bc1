package ai.tavari.benchmarks.measure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** {@code jcmd GC.class_histogram} (live objects, after a full collection) and the difference of two. */
public final class Histogram {
    private final Map<String, long[]> byClass = new HashMap<>();

    private Histogram() {
    }

    public static Histogram of(long pid) {
        Histogram histogram = new Histogram();
        for (String line : Jvm.jcmd(pid, "GC.class_histogram").split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                try {
                    histogram.byClass.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                } catch (NumberFormatException e) {
                    // header or total line
                }
            }
        }
        return histogram;
    }

    /** The classes whose live bytes grew most from {@code before} to this, per call. */
    public String growthSince(Histogram before, int calls, int top) {
        Map<String, long[]> growth = new HashMap<>();
        byClass.forEach((name, now) -> {
            long[] was = before.byClass.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {now[0] - was[0], now[1] - was[1]});
        });
        long total = growth.values().stream().mapToLong(v -> v[1]).sum();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "live heap growth with %d calls: %.1f MB, %.1f KB per call%n%n%12s %12s %10s  %s%n", calls,
                total / 1048576.0, total / 1024.0 / calls, "bytes/call", "objects/call", "bytes", "class"));
        growth.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%12.0f %12.1f %10d  %s%n", e.getValue()[1] / (double) calls,
                        e.getValue()[0] / (double) calls, e.getValue()[1], e.getKey())));
        return out.toString();
    }
}
