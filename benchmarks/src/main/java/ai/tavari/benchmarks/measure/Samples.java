package ai.tavari.benchmarks.measure;

import java.util.Arrays;

/** Durations in nanoseconds, kept whole so percentiles are exact; appended from any thread. */
public final class Samples {
    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    /** A sorted copy, for {@link Summary}. */
    public synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Summary(sorted);
    }

    /** Percentiles of a sorted set of samples (nearest rank), in milliseconds. */
    public static final class Summary {
        private final long[] sorted;

        Summary(long[] sorted) {
            this.sorted = sorted;
        }

        public int count() {
            return sorted.length;
        }

        /** NaN when there are no samples. */
        public double percentileMillis(double percentile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        public double p50() {
            return percentileMillis(50);
        }

        public double p99() {
            return percentileMillis(99);
        }

        public double p999() {
            return percentileMillis(99.9);
        }

        public double maxMillis() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }

        public double meanMillis() {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            double sum = 0;
            for (long value : sorted) {
                sum += value;
            }
            return sum / sorted.length / 1e6;
        }
    }
}
