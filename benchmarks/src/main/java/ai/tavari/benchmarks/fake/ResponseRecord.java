package ai.tavari.benchmarks.fake;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The deltas of one reply as the fake sent them, with what real-time pacing makes of each:
 * {@link #IMMEDIATE} (the bridge may forward it at once: less than the lead is queued at the
 * phone), {@link #PACED} (held until the queue drains below the lead), {@link #BORDERLINE} (too
 * close to the lead to tell; not sampled), {@link #LATE} (sent after {@code speech_started} cut the
 * reply off: must never reach the phone). Guarded by the owning session's lock.
 */
public final class ResponseRecord {
    public static final byte IMMEDIATE = 0;
    public static final byte PACED = 1;
    public static final byte BORDERLINE = 2;
    public static final byte LATE = 3;

    final int number;
    long[] sentNanos = new long[64];
    long[] releaseNanos = new long[64];
    int[] millis = new int[64];
    byte[] kind = new byte[64];
    int count;
    final BitSet received = new BitSet();
    /** The caller spoke while this reply was audible (or still queued): unreleased deltas may be discarded. */
    boolean interrupted;
    /** Every delta was sent and the reply finished normally. */
    boolean completed;
    /** When real-time playback of the whole reply ends (pacing model), once completed. */
    long playoutEnd;

    ResponseRecord(int number) {
        this.number = number;
    }

    int add(long sent, long release, int ms, byte what) {
        if (count == sentNanos.length) {
            int n = count * 2;
            sentNanos = Arrays.copyOf(sentNanos, n);
            releaseNanos = Arrays.copyOf(releaseNanos, n);
            millis = Arrays.copyOf(millis, n);
            kind = Arrays.copyOf(kind, n);
        }
        sentNanos[count] = sent;
        releaseNanos[count] = release;
        millis[count] = ms;
        kind[count] = what;
        return count++;
    }

    public int number() {
        return number;
    }
}
