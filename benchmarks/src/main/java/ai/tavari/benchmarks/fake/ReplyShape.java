package ai.tavari.benchmarks.fake;

/**
 * How the fake OpenAI answers. Replies last {@code replyMinMs}..{@code replyMaxMs} of audio, cut
 * into deltas of 20..{@code deltaMaxMs} ms (whole 20 ms frames); deltas leave in bursts of
 * 1..{@code burstMax} back to back, the bursts spaced so that audio is generated about
 * {@code speedup} times faster than real time, as the real API streams it; the first burst follows
 * {@code thinkMs} after the request (or the end of the caller's turn). At a barge-in
 * {@code lateDeltas} more deltas, already in flight, follow {@code speech_started}.
 */
public record ReplyShape(int replyMinMs, int replyMaxMs, int deltaMaxMs, int burstMax, double speedup, int thinkMs,
                         int lateDeltas, int vadSilenceMs) {
    public static ReplyShape realistic() {
        return new ReplyShape(2_000, 5_000, 120, 6, 3.0, 200, 1, 500);
    }
}
