package ai.tavari.benchmarks.phone;

import ai.tavari.benchmarks.Registry;
import ai.tavari.benchmarks.Stamp;
import ai.tavari.benchmarks.fake.FakeSession;
import ai.tavari.benchmarks.measure.Recorder;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;

/**
 * The phone side of one call, as the VoxEngine scenario drives the media socket: {@code start},
 * then one 20 ms μ-law {@code media} frame every 20 ms of real time (sent by the {@link Pacer}),
 * silence while the caller listens and a tone while they talk. The caller waits for the agent to
 * finish (played out in real time, as Voximplant does), pauses, talks for a second or two, and now
 * and then cuts in while the agent is still talking (a barge-in).
 */
public final class PhoneCall implements WebSocket.Listener {
    public static final long FRAME_NANOS = 20_000_000L;
    private static final long MS = 1_000_000L;
    private static final String SILENCE = Stamp.body(160, (byte) 0xFF, false);
    private static final String TONE = Stamp.body(160, (byte) 0, true);
    private static final String PAYLOAD_KEY = "\"payload\":\"";

    private final int index;
    private final String voxCallId;
    private final Registry registry;
    private final TalkPattern pattern;
    private final SplittableRandom random;
    private final long[] sentAt;
    private final BitSet callerReceived = new BitSet();
    private final ArrayDeque<String> queued = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();

    final long webhookSent;
    volatile long endAt;
    private volatile boolean slotAssigned;
    private final java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile WebSocket socket;
    private volatile FakeSession session;
    private volatile boolean ended;
    private volatile long hungUpAt;
    private boolean inFlight;
    int slot;
    long nextDue;
    private int sequence;
    private int readySequence = Integer.MAX_VALUE;

    // talk pattern, guarded by this
    private boolean talking;
    private long talkUntil;
    private long turnStart;
    private long agentFirstThisTurn;
    private long agentEnd;
    private boolean bargePlanned;
    private long bargeDelay;
    private long pause;

    // agent side, guarded by this
    private long firstAgentAudio;
    private int lastResponse;
    private int lastDelta = -1;
    private int responseAtClear;
    private long lastClear;
    private boolean failed;

    PhoneCall(int index, String voxCallId, Registry registry, TalkPattern pattern, long webhookSent, long lifetimeNanos) {
        this.index = index;
        this.voxCallId = voxCallId;
        this.registry = registry;
        this.pattern = pattern;
        this.random = new SplittableRandom(index * 31L + 7);
        this.webhookSent = webhookSent;
        this.endAt = webhookSent + lifetimeNanos;
        this.sentAt = new long[(int) (lifetimeNanos / FRAME_NANOS) + 3000];
        this.turnStart = webhookSent;
    }

    public int index() {
        return index;
    }

    public String voxCallId() {
        return voxCallId;
    }

    /** When caller frame {@code sequence} was handed to the socket (0: unknown). */
    public long sentAt(int sequence) {
        return sequence >= 0 && sequence < sentAt.length ? sentAt[sequence] : 0;
    }

    boolean ended() {
        return ended;
    }

    boolean slotAssigned() {
        return slotAssigned;
    }

    void markSlotAssigned() {
        slotAssigned = true;
    }

    /** The call never connected. */
    void abandon() {
        ended = true;
    }

    /** Its lifetime is over now: the pacer hangs it up at its next slot. */
    void endNow() {
        endAt = System.nanoTime();
    }

    /** True the first time only: the call's end is counted once. */
    boolean countEnd() {
        return counted.compareAndSet(false, true);
    }

    // ---- media out (pacer thread) ----

    void opened(WebSocket webSocket) {
        socket = webSocket;
        send("{\"event\":\"start\",\"sequenceNumber\":0,\"start\":{\"mediaFormat\":{\"encoding\":\"ULAW\",\"sampleRate\":8000}},"
                + "\"tag\":\"caller\",\"customParameters\":{\"callId\":\"" + voxCallId + "\"}}");
    }

    /** Sends the frame due at {@code due}; returns false once the call is over. */
    boolean sendFrame(long now, long due) {
        if (ended || sequence >= sentAt.length) {
            return false;
        }
        boolean talk = talkingAt(now);
        int seq = sequence++;
        String payload = Stamp.encode(Stamp.CALLER, talk ? Stamp.TALKING : 0, index, 0, seq) + (talk ? TONE : SILENCE);
        String frame = "{\"event\":\"media\",\"sequenceNumber\":" + (seq + 1) + ",\"media\":{\"chunk\":" + (seq + 1)
                + ",\"timestamp\":" + (long) seq * 160 + ",\"payload\":\"" + payload + "\"}}";
        Recorder recorder = registry.recorder();
        if (recorder.inWindow(now)) {
            recorder.phoneSendLag.add(Math.max(0, now - due));
        }
        sentAt[seq] = System.nanoTime();
        send(frame);
        return true;
    }

    private synchronized boolean talkingAt(long now) {
        if (talking) {
            if (now < talkUntil) {
                return true;
            }
            talking = false;
            turnStart = now;
            agentFirstThisTurn = 0;
            bargePlanned = random.nextDouble() < pattern.bargeInProbability();
            bargeDelay = (600 + random.nextInt(900)) * MS;
            pause = (300 + random.nextInt(500)) * MS;
            return false;
        }
        boolean start;
        if (agentFirstThisTurn != 0) {
            start = bargePlanned ? now >= agentFirstThisTurn + bargeDelay && agentEnd > now : now >= agentEnd + pause;
            if (bargePlanned && agentEnd <= now && now >= agentEnd + pause) {
                start = true;
            }
        } else {
            start = now - turnStart > 8_000 * MS;
        }
        if (start) {
            talking = true;
            talkUntil = now + (1_000 + random.nextInt(1_500)) * MS;
        }
        return start;
    }

    /** The caller hangs up: {@code callEnded}, close, then the webhook. */
    void hangUp(Webhooks webhooks, int eventNumber) {
        if (ended) {
            return;
        }
        ended = true;
        hungUpAt = System.nanoTime();
        WebSocket webSocket = socket;
        if (webSocket != null) {
            send("{\"customEvent\":\"callEnded\",\"reason\":\"caller_hangup\"}");
            synchronized (this) {
                if (!inFlight) {
                    webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
                } else {
                    queued.add("");
                }
            }
        }
        long seconds = Math.max(1, (hungUpAt - webhookSent) / 1_000_000_000L);
        webhooks.post(Webhooks.callEnded(voxCallId + "-" + eventNumber, voxCallId, "caller_hangup", seconds))
                .exceptionally(e -> null);
    }

    /** Queues behind a send still in flight: the JDK socket takes one at a time. */
    private void send(String text) {
        WebSocket webSocket = socket;
        synchronized (this) {
            if (inFlight) {
                queued.add(text);
                return;
            }
            inFlight = true;
        }
        transmit(webSocket, text);
    }

    private void transmit(WebSocket webSocket, String text) {
        while (true) {
            var sent = text.isEmpty() ? webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye") : webSocket.sendText(text, true);
            if (!sent.isDone()) {
                sent.whenComplete((w, failure) -> {
                    String next = nextQueued(failure);
                    if (next != null) {
                        transmit(webSocket, next);
                    }
                });
                return;
            }
            String next = nextQueued(sent.isCompletedExceptionally() ? new IllegalStateException() : null);
            if (next == null) {
                return;
            }
            text = next;
        }
    }

    private synchronized String nextQueued(Throwable failure) {
        if (failure != null) {
            queued.clear();
        }
        String next = queued.poll();
        if (next == null) {
            inFlight = false;
        }
        return next;
    }

    // ---- what the fake OpenAI saw ----

    /** The fake received caller frame {@code sequence}. */
    public synchronized void callerFrameArrived(int sequence, FakeSession from) {
        callerReceived.set(sequence);
        if (session == null) {
            session = from;
        }
    }

    /** Caller frames that should have reached OpenAI but did not: {expected, missing}. */
    synchronized long[] callerDeliveries(long from, long to) {
        long expected = 0;
        long missing = 0;
        long stopAt = hungUpAt == 0 ? Long.MAX_VALUE : hungUpAt - 1_000 * MS;
        for (int seq = readySequence; seq < sequence; seq++) {
            long sent = sentAt[seq];
            if (sent < from || sent > to || sent > stopAt) {
                continue;
            }
            expected++;
            if (!callerReceived.get(seq)) {
                missing++;
            }
        }
        return new long[] {expected, missing};
    }

    // ---- from the server (WebSocket listener) ----

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        if (!last) {
            partial.append(data);
        } else if (partial.length() == 0) {
            received(data.toString(), now);
        } else {
            String text = partial.append(data).toString();
            partial.setLength(0);
            received(text, now);
        }
        webSocket.request(1);
        return null;
    }

    private void received(String text, long now) {
        Recorder recorder = registry.recorder();
        int at = text.indexOf(PAYLOAD_KEY);
        if (at >= 0) {
            int start = at + PAYLOAD_KEY.length();
            Stamp stamp = Stamp.read(text, start);
            if (stamp == null || stamp.kind != Stamp.AGENT) {
                recorder.unmatched.incrementAndGet();
                return;
            }
            int end = text.indexOf('"', start);
            int padding = text.charAt(end - 1) != '=' ? 0 : text.charAt(end - 2) == '=' ? 2 : 1;
            agentAudio(stamp, Stamp.millisOf(end - start, padding), now, recorder);
            return;
        }
        if (text.contains("\"customEvent\":\"clear\"")) {
            cleared(now, recorder);
        } else if (text.contains("\"customEvent\":\"voicemail\"") || text.contains("\"customEvent\":\"hangup\"")) {
            synchronized (this) {
                if (!failed && !ended) {
                    failed = true;
                    recorder.callsFailedMidway.incrementAndGet();
                }
            }
        }
    }

    private void agentAudio(Stamp stamp, int millis, long now, Recorder recorder) {
        FakeSession from = registry.session(stamp.stream);
        if (from == null) {
            recorder.unmatched.incrementAndGet();
            return;
        }
        from.agentFrameArrived(stamp, now, recorder);
        synchronized (this) {
            session = from;
            if (firstAgentAudio == 0) {
                firstAgentAudio = now;
                readySequence = sequence;
                if (recorder.inSetupWindow(webhookSent)) {
                    recorder.firstAgentAudio.add(now - webhookSent);
                }
            }
            if (stamp.response < lastResponse || (stamp.response == lastResponse && stamp.sequence <= lastDelta)) {
                recorder.agentFramesReordered.incrementAndGet();
            } else {
                lastResponse = stamp.response;
                lastDelta = stamp.sequence;
            }
            if (lastClear != 0 && stamp.response <= responseAtClear) {
                recorder.leakedAfterClear.incrementAndGet();
            }
            if (agentFirstThisTurn == 0 && !talking) {
                agentFirstThisTurn = now;
            }
            agentEnd = Math.max(agentEnd, now) + millis * MS;
        }
    }

    private void cleared(long now, Recorder recorder) {
        FakeSession from = session;
        synchronized (this) {
            long spoke = from == null ? 0 : from.lastAudibleSpeechStarted();
            if (spoke != 0 && spoke > lastClear && recorder.inWindow(spoke)) {
                recorder.bargeInToClear.add(now - spoke);
            }
            lastClear = now;
            responseAtClear = lastResponse;
            agentEnd = now;
        }
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        serverGone();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        serverGone();
    }

    private void serverGone() {
        synchronized (this) {
            if (!ended && !failed) {
                failed = true;
                registry.recorder().callsFailedMidway.incrementAndGet();
            }
        }
        ended = true;
    }

    /** How the simulated caller behaves. */
    public record TalkPattern(double bargeInProbability) {
    }
}
