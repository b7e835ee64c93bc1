package ai.tavari.benchmarks.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The short answer of a flight recording of the server: where CPU samples land (top frame and
 * top frame in Tavari's code), who allocates, which monitors are contended, and which threads
 * burn CPU. Written next to the recording as text.
 */
public final class JfrSummary {
    private JfrSummary() {
    }

    public static String summarize(Path recording, int top) throws IOException {
        Map<String, Long> selfFrames = new HashMap<>();
        Map<String, Long> tavariFrames = new HashMap<>();
        Map<String, Long> stacks = new HashMap<>();
        Map<String, Double> allocations = new HashMap<>();
        Map<String, Double> allocatedClasses = new HashMap<>();
        Map<String, Double> monitors = new HashMap<>();
        Map<String, Double> threadCpu = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    samples++;
                    RecordedStackTrace trace = event.getStackTrace();
                    if (trace == null || trace.getFrames().isEmpty()) {
                        continue;
                    }
                    List<RecordedFrame> frames = trace.getFrames();
                    selfFrames.merge(name(frames.get(0)), 1L, Long::sum);
                    frames.stream().filter(f -> name(f).startsWith("ai.tavari")).findFirst()
                            .ifPresent(f -> tavariFrames.merge(name(f), 1L, Long::sum));
                    stacks.merge(frames.stream().limit(12).map(JfrSummary::name).collect(Collectors.joining("\n      <- ")),
                            1L, Long::sum);
                }
                case "jdk.ObjectAllocationSample" -> {
                    double weight = event.getLong("weight");
                    RecordedStackTrace trace = event.getStackTrace();
                    String site = trace == null ? "?" : trace.getFrames().stream().limit(6).map(JfrSummary::name)
                            .collect(Collectors.joining(" <- "));
                    allocations.merge(site, weight, Double::sum);
                    allocatedClasses.merge(event.getClass("objectClass").getName(), weight, Double::sum);
                }
                case "jdk.JavaMonitorEnter" -> {
                    RecordedStackTrace trace = event.getStackTrace();
                    String site = event.getClass("monitorClass").getName() + " at "
                            + (trace == null ? "?" : trace.getFrames().stream().limit(3).map(JfrSummary::name)
                            .collect(Collectors.joining(" <- ")));
                    monitors.merge(site, event.getDuration().toNanos() / 1e6, Double::sum);
                }
                case "jdk.ThreadCPULoad" -> {
                    String thread = event.getThread("eventThread") == null ? "?" : event.getThread("eventThread").getJavaName();
                    String group = thread == null ? "?" : thread.replaceAll("\\d+", "#");
                    threadCpu.merge(group, event.getFloat("user") + (double) event.getFloat("system"), Double::sum);
                }
                default -> { }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("recording: ").append(recording.getFileName()).append('\n');
        out.append("execution samples: ").append(samples).append("\n\n");
        section(out, "hottest frames (self, % of samples)", percent(selfFrames, samples), top);
        section(out, "first Tavari frame on the stack (% of samples)", percent(tavariFrames, samples), top);
        out.append("## hottest stacks (% of samples)\n");
        long all = samples;
        stacks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> out.append(String.format("%5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, all), e.getKey())));
        out.append('\n');
        double allocTotal = allocations.values().stream().mapToDouble(Double::doubleValue).sum();
        section(out, "allocation by class (% of sampled bytes)", scale(allocatedClasses, 100 / Math.max(1, allocTotal)), top);
        section(out, "allocation sites (% of sampled bytes)", scale(allocations, 100 / Math.max(1, allocTotal)), top);
        section(out, "contended monitors (total ms blocked)", monitors, top);
        section(out, "thread CPU by thread group (sum of per-second load samples)", threadCpu, top);
        return out.toString();
    }

    private static Map<String, Double> percent(Map<String, Long> counts, long total) {
        Map<String, Double> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, 100.0 * v / Math.max(1, total)));
        return out;
    }

    private static Map<String, Double> scale(Map<String, Double> values, double factor) {
        Map<String, Double> out = new HashMap<>();
        values.forEach((k, v) -> out.put(k, v * factor));
        return out;
    }

    private static void section(StringBuilder out, String title, Map<String, Double> values, int top) {
        out.append("## ").append(title).append('\n');
        values.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format("%9.2f  %s%n", e.getValue(), e.getKey())));
        out.append('\n');
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
