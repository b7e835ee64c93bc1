package ai.tavari.adapters.telephony.media;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The frames going to one socket, in the order offered, with at most one send in flight. Offering
 * never blocks: when the socket falls behind by more than {@code maxPendingChars} (or has failed
 * or closed) the frame is dropped and {@code onFailure} hears about it once, so a slow or dead
 * socket cannot stall the conversation that feeds it.
 */
final class OutboundQueue {
    private final TextSender sender;
    private final int maxPendingChars;
    private final Consumer<String> onFailure;
    private final AtomicBoolean failureReported = new AtomicBoolean();
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private int pendingChars;
    private boolean sending;
    private boolean closed;

    OutboundQueue(TextSender sender, int maxPendingChars, Consumer<String> onFailure) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.maxPendingChars = maxPendingChars;
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** @return false if the frame was dropped */
    boolean offer(String frame) {
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (pendingChars + frame.length() > maxPendingChars) {
                overflow = true;
                closed = true;
                pending.clear();
                pendingChars = 0;
            } else {
                pending.add(frame);
                pendingChars += frame.length();
                if (sending) {
                    return true;
                }
                sending = true;
            }
        }
        if (overflow) {
            fail("the telephony side is not reading: more than " + maxPendingChars + " characters queued");
            return false;
        }
        drain();
        return true;
    }

    /** Drops what is queued and everything offered from now on (the socket is gone). */
    synchronized void close() {
        closed = true;
        pending.clear();
        pendingChars = 0;
    }

    synchronized int pendingChars() {
        return pendingChars;
    }

    /**
     * Sends until the queue is empty. Only the thread that set {@code sending} runs it; a send that
     * completes later hands the loop to its completion callback. Which of the two goes on is
     * decided by a two-party handshake, so an inline completion loops here instead of recursing.
     */
    private void drain() {
        while (true) {
            String next;
            synchronized (this) {
                next = closed ? null : pending.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
                pendingChars -= next.length();
            }
            AtomicBoolean handOff = new AtomicBoolean();
            try {
                sender.send(next, failure -> {
                    if (failure != null) {
                        close();
                        fail("sending to the telephony side failed: " + failure);
                    }
                    if (!handOff.compareAndSet(false, true)) {
                        drain();
                    }
                });
            } catch (RuntimeException e) {
                close();
                fail("sending to the telephony side failed: " + e);
                handOff.set(true);
            }
            if (!handOff.compareAndSet(false, true)) {
                continue;
            }
            return;
        }
    }

    private void fail(String reason) {
        if (failureReported.compareAndSet(false, true)) {
            onFailure.accept(reason);
        }
    }
}
