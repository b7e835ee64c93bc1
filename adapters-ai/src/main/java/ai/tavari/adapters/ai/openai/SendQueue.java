package ai.tavari.adapters.ai.openai;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Serialises sends on one socket: {@link WebSocket} forbids a text send while another is pending.
 * Any thread may {@link #send}; the thread that finds the socket idle does the sending. Texts queued
 * before the socket is attached go out once it is.
 *
 * <p>Caller audio ({@link #sendAudio}) is the exception: it is sent from one thread shared by every
 * session ({@link #AUDIO_SENDER}) instead of the server thread that received the frame. The JDK
 * client masks every frame with a key from a {@code SecureRandom} whose Linux implementation reads
 * through one JVM-wide lock; with a server worker per media frame sending, at 200 calls most
 * workers were queued on that lock (BENCHMARKS.md). From one thread it is never contended; the hop
 * costs microseconds. Order is kept: everything goes through the one queue.
 */
final class SendQueue {
    private static final int NORMAL_CLOSURE = 1000;
    private static final Executor AUDIO_SENDER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "realtime-audio-send");
        thread.setDaemon(true);
        return thread;
    });

    private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean audioScheduled = new AtomicBoolean();
    private final Consumer<Throwable> onFailure;
    private volatile WebSocket socket;
    private volatile boolean closeRequested;
    private volatile boolean closed;

    SendQueue(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    void attach(WebSocket webSocket) {
        this.socket = webSocket;
        drain();
    }

    void send(String text) {
        if (closeRequested || closed) {
            return;
        }
        pending.add(text);
        drain();
    }

    /** Queues caller audio; the shared audio thread sends it (see the class comment). */
    void sendAudio(String text) {
        if (closeRequested || closed) {
            return;
        }
        pending.add(text);
        if (socket != null && audioScheduled.compareAndSet(false, true)) {
            AUDIO_SENDER.execute(() -> {
                audioScheduled.set(false);
                drain();
            });
        }
    }

    /** Sends what is queued, then a normal close; later sends are dropped. */
    void closeNormally() {
        closeRequested = true;
        drain();
    }

    /** Drops what is queued and everything after: the socket is being torn down. */
    void abandon() {
        closed = true;
        pending.clear();
    }

    private void drain() {
        WebSocket webSocket = socket;
        if (webSocket == null) {
            return;
        }
        while (sending.compareAndSet(false, true)) {
            if (closed) {
                pending.clear();
                sending.set(false);
                return;
            }
            String next = pending.poll();
            if (next == null) {
                if (closeRequested) {
                    closed = true;
                    webSocket.sendClose(NORMAL_CLOSURE, "").exceptionally(this::ignore);
                }
                sending.set(false);
                if (pending.isEmpty()) {
                    return;
                }
                continue;
            }
            CompletableFuture<WebSocket> sent = webSocket.sendText(next, true);
            if (!sent.isDone()) {
                sent.whenComplete((ignored, failure) -> {
                    failed(failure);
                    sending.set(false);
                    drain();
                });
                return;
            }
            sent.whenComplete((ignored, failure) -> failed(failure));
            sending.set(false);
        }
    }

    private void failed(Throwable failure) {
        if (failure != null && !closed) {
            closed = true;
            pending.clear();
            onFailure.accept(failure);
        }
    }

    private WebSocket ignore(Throwable failure) {
        return null;
    }
}
