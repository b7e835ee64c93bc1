package ai.tavari.adapters.telephony.media;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A media socket whose sends complete at once ({@code inline}) or only when the test says so,
 * like a socket whose peer is slow.
 */
final class FakeSocket implements MediaSocket {
    final List<String> sent = new CopyOnWriteArrayList<>();
    final List<String> closes = new CopyOnWriteArrayList<>();
    private final Queue<Consumer<Throwable>> unfinished = new ArrayDeque<>();
    private final boolean inline;
    private int inFlight;
    int maxInFlight;

    FakeSocket(boolean inline) {
        this.inline = inline;
    }

    @Override
    public void send(String text, Consumer<Throwable> done) {
        synchronized (this) {
            sent.add(text);
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            if (!inline) {
                unfinished.add(done);
                return;
            }
        }
        finish(done, null);
    }

    /** Completes the oldest unfinished send; false if none is waiting. */
    boolean completeOne(Throwable failure) {
        Consumer<Throwable> done;
        synchronized (this) {
            done = unfinished.poll();
        }
        if (done == null) {
            return false;
        }
        finish(done, failure);
        return true;
    }

    void completeAll() {
        while (completeOne(null)) {
            // keeps completing the sends that each completion starts
        }
    }

    private void finish(Consumer<Throwable> done, Throwable failure) {
        synchronized (this) {
            inFlight--;
        }
        done.accept(failure);
    }

    @Override
    public void close(int code, String reason) {
        closes.add(code + " " + reason);
    }
}
