package ai.tavari.adapters.ai.openai.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One response of the fake, as a test sees it: ids, the exact audio deltas sent (and which of them
 * went out after the caller started speaking), and how it ended. Its progress is driven by the
 * connection's script thread.
 */
public final class FakeResponse {
    private final String id;
    private final Reply reply;
    private final String audioItemId;
    private final String functionItemId;
    private final String callId;
    private final List<String> planned;
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<String> late = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<String> done = new CompletableFuture<>();
    private volatile String cancelReason;
    private int next;
    private boolean audioStarted;
    private boolean audioFinished;
    private ScheduledFuture<?> tick;

    FakeResponse(String id, Reply reply, String audioItemId, String functionItemId, String callId,
                 List<String> planned) {
        this.id = id;
        this.reply = reply;
        this.audioItemId = audioItemId;
        this.functionItemId = functionItemId;
        this.callId = callId;
        this.planned = planned;
    }

    public String id() {
        return id;
    }

    public Reply reply() {
        return reply;
    }

    /** The assistant message item carrying the audio; absent for a function-call-only response. */
    public Optional<String> audioItemId() {
        return Optional.ofNullable(audioItemId);
    }

    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** Every audio delta sent, in order. */
    public List<String> deltasSent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The deltas sent after {@code speech_started} cut the response off. */
    public List<String> lateDeltas() {
        synchronized (late) {
            return List.copyOf(late);
        }
    }

    /** The deltas sent before the cut-off: what a client should have passed on. */
    public List<String> deltasBeforeCutOff() {
        List<String> all = deltasSent();
        return all.subList(0, all.size() - lateDeltas().size());
    }

    public long audioMillisSent() {
        return deltasSent().stream().mapToLong(FakeAudio::millisOf).sum();
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** The final status ({@code completed}, {@code cancelled}); fails after 10 s. */
    public String awaitDone() {
        return awaitDone(Duration.ofSeconds(10));
    }

    public String awaitDone(Duration timeout) {
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("response " + id + " did not finish within " + timeout, e);
        }
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    // ---- driven by the connection's script thread ----

    String functionItemId() {
        return functionItemId;
    }

    boolean hasMoreAudio() {
        return next < planned.size();
    }

    String nextDelta(boolean afterCutOff) {
        String delta = planned.get(next++);
        sent.add(delta);
        if (afterCutOff) {
            late.add(delta);
        }
        return delta;
    }

    boolean audioStarted() {
        return audioStarted;
    }

    void markAudioStarted() {
        audioStarted = true;
    }

    boolean audioFinished() {
        return audioFinished;
    }

    void markAudioFinished() {
        audioFinished = true;
    }

    void scheduled(ScheduledFuture<?> nextTick) {
        this.tick = nextTick;
    }

    void stopTicking() {
        if (tick != null) {
            tick.cancel(false);
        }
    }

    void finished(String status, String reason) {
        this.cancelReason = reason;
        done.complete(status);
    }
}
