package ai.tavari.benchmarks.measure;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one load step measured. Audio samples count when the frame was sent inside the
 * measurement window; call-setup samples when the webhook was sent inside the setup window (from
 * the start of the step's ramp to the end of its measurement window). Times are
 * {@link System#nanoTime()} of the load process, which sends and receives both ends of every hop.
 */
public final class Recorder {
    private volatile long windowFrom = Long.MAX_VALUE;
    private volatile long windowTo = Long.MIN_VALUE;
    private volatile long setupFrom = Long.MAX_VALUE;
    private volatile long setupTo = Long.MIN_VALUE;

    /** Phone sends a caller frame → the fake OpenAI receives its {@code input_audio_buffer.append}. */
    public final Samples callerToAi = new Samples();
    /** The fake sends an agent delta that pacing lets through at once → the phone receives its media frame. */
    public final Samples aiToCaller = new Samples();
    /** The first delta of a reply after silence → its media frame (a subset of {@link #aiToCaller}). */
    public final Samples aiToCallerFirst = new Samples();
    /** Deltas held back by pacing: arrival at the phone minus the moment real-time pacing allows it. */
    public final Samples pacingLateness = new Samples();
    /** The fake sends {@code speech_started} while the agent is audible → the phone receives {@code clear}. */
    public final Samples bargeInToClear = new Samples();
    /** Webhook {@code call.started} sent → decision received. */
    public final Samples callSetup = new Samples();
    /** Webhook sent → first agent audio frame at the phone (includes the fake's think time). */
    public final Samples firstAgentAudio = new Samples();
    /** How late the phone's frames left against their 20 ms schedule (the load generator's own health). */
    public final Samples phoneSendLag = new Samples();

    public final AtomicLong callsStarted = new AtomicLong();
    public final AtomicLong callsEnded = new AtomicLong();
    public final AtomicLong setupFailures = new AtomicLong();
    /** Calls the server sent to voicemail (its AI-failure fallback) or hung up on. */
    public final AtomicLong callsFailedMidway = new AtomicLong();
    public final AtomicLong callerFramesReordered = new AtomicLong();
    public final AtomicLong agentFramesReordered = new AtomicLong();
    /** Agent audio of an interrupted reply that reached the phone after its {@code clear}. */
    public final AtomicLong leakedAfterClear = new AtomicLong();
    /** Deltas the fake sent after cutting a reply off (in flight at a barge-in) that reached the phone. */
    public final AtomicLong lateDeltasForwarded = new AtomicLong();
    public final AtomicLong bargeIns = new AtomicLong();
    /** Frames that arrived but whose send time was not found (should stay 0). */
    public final AtomicLong unmatched = new AtomicLong();

    public void audioWindow(long from, long to) {
        windowFrom = from;
        windowTo = to;
    }

    public void setupWindow(long from, long to) {
        setupFrom = from;
        setupTo = to;
    }

    public boolean inWindow(long sentNanos) {
        return sentNanos >= windowFrom && sentNanos <= windowTo;
    }

    public boolean inSetupWindow(long sentNanos) {
        return sentNanos >= setupFrom && sentNanos <= setupTo;
    }

    public long windowFrom() {
        return windowFrom;
    }

    public long windowTo() {
        return windowTo;
    }
}
