package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.conversation.MulawAudio;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Agent audio on its way to the caller, paced to real time: audio is handed to the telephony side
 * only while less than {@code maxLead} is queued there, so that clearing the telephony buffer
 * really silences the agent and what the caller heard of a reply can be worked out from what was
 * sent and when (binding decision 2 of the wire reference). Not thread-safe: the bridge serializes.
 *
 * <p>Times are nanoseconds of a monotonic clock, passed in by the caller of every method.
 */
final class AgentPlayback {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final long maxLeadNanos;
    private final Consumer<MulawAudio> sink;
    private final Deque<Chunk> queue = new ArrayDeque<>();
    private final Map<String, Long> receivedMillis = new HashMap<>();
    private final List<Segment> playingSegments = new ArrayList<>();
    private String playingReply;
    private long playsUntil;

    AgentPlayback(long maxLeadMillis, Consumer<MulawAudio> sink) {
        this.maxLeadNanos = maxLeadMillis * NANOS_PER_MILLI;
        this.sink = sink;
    }

    /** Queues audio of reply {@code replyRef}; {@link #pump} sends it when its time comes. */
    void add(String replyRef, MulawAudio audio) {
        int millis = audio.durationMillis();
        queue.add(new Chunk(replyRef, audio, millis));
        receivedMillis.merge(replyRef, (long) millis, Long::sum);
    }

    /** Sends queued audio while the lead stays under the limit; returns how many chunks went. */
    int pump(long now) {
        if (playsUntil < now) {
            playsUntil = now;
        }
        int sent = 0;
        while (!queue.isEmpty() && playsUntil - now < maxLeadNanos) {
            Chunk chunk = queue.poll();
            if (!chunk.replyRef().equals(playingReply)) {
                if (playingReply != null) {
                    receivedMillis.remove(playingReply);
                }
                playingReply = chunk.replyRef();
                playingSegments.clear();
            }
            sink.accept(chunk.audio());
            playingSegments.add(new Segment(playsUntil, chunk.millis()));
            playsUntil += chunk.millis() * NANOS_PER_MILLI;
            sent++;
        }
        return sent;
    }

    /** Whether the caller is hearing, or is about to hear, agent audio at {@code now}. */
    boolean isAudible(long now) {
        return !queue.isEmpty() || playsUntil > now;
    }

    /** Whether everything received has been played out by {@code now}. */
    boolean isDrained(long now) {
        return queue.isEmpty() && playsUntil <= now;
    }

    /**
     * Drops everything not yet played (the caller interrupted) and tells which reply was cut and
     * how much of it the caller heard; empty when nothing was playing.
     */
    Optional<Interruption> interrupt(long now) {
        boolean audible = isAudible(now);
        Optional<Interruption> interruption = Optional.empty();
        if (audible && playingReply != null) {
            long received = receivedMillis.getOrDefault(playingReply, 0L);
            interruption = Optional.of(new Interruption(playingReply, Math.min(heardMillis(now), received), received));
        } else if (audible) {
            Chunk next = queue.peek();
            interruption = Optional.of(new Interruption(next.replyRef(), 0, receivedMillis.getOrDefault(next.replyRef(), 0L)));
        }
        discard(now);
        return interruption;
    }

    /** Forgets everything not yet played, without reporting it. */
    void discard(long now) {
        queue.clear();
        receivedMillis.keySet().retainAll(playingReply == null ? List.of() : List.of(playingReply));
        playsUntil = Math.min(playsUntil, now);
    }

    /** How much of the reply now playing the caller has heard by {@code now}. */
    long heardMillis(long now) {
        long heardNanos = 0;
        for (Segment segment : playingSegments) {
            heardNanos += Math.max(0, Math.min(now - segment.start(), segment.millis() * NANOS_PER_MILLI));
        }
        return heardNanos / NANOS_PER_MILLI;
    }

    /** Reply {@code replyRef} was cut after the caller heard {@code heardMillis} of {@code receivedMillis}. */
    record Interruption(String replyRef, long heardMillis, long receivedMillis) {
        boolean heardEverything() {
            return heardMillis >= receivedMillis;
        }
    }

    private record Chunk(String replyRef, MulawAudio audio, int millis) {
    }

    private record Segment(long start, int millis) {
    }
}
