package ai.tavari.benchmarks.phone;

import ai.tavari.benchmarks.Registry;
import ai.tavari.benchmarks.measure.Recorder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps a number of calls live: starts new ones at no more than {@code rampPerSecond} until the
 * target is reached, and replaces every call whose lifetime is over (each lasts a random time in
 * [{@code minLife}, {@code maxLife}]), so calls keep arriving and ending during a measurement, as
 * on a real line. A call: signed {@code call.started} → decision → media socket with the token
 * (query and header, sub-protocol {@code chat}) → audio both ways → {@code callEnded}, close,
 * {@code call.ended}.
 */
public final class CallLoad implements AutoCloseable {
    private static final long MS = 1_000_000L;

    private final Registry registry;
    private final Webhooks webhooks;
    private final List<String> numbers;
    private final PhoneCall.TalkPattern pattern;
    private final Duration minLife;
    private final Duration maxLife;
    private final double rampPerSecond;
    private final String runId;
    private final HttpClient sockets = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(15))
            .executor(Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "phone-sockets");
                thread.setDaemon(true);
                return thread;
            }))
            .build();
    private final Pacer pacer = new Pacer(this::lifetimeOver);
    private final ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "call-load");
        thread.setDaemon(true);
        return thread;
    });
    private final SplittableRandom random = new SplittableRandom(42);
    /** Call numbers are unique in the process: phones of an earlier server may still be registered. */
    private static final AtomicInteger NEXT_INDEX = new AtomicInteger();
    private final AtomicInteger live = new AtomicInteger();
    private final List<PhoneCall> calls = new ArrayList<>();
    private volatile int target;
    private long lastStart;

    public CallLoad(Registry registry, URI serverBase, String webhookSecret, List<String> numbers,
                    PhoneCall.TalkPattern pattern, Duration minLife, Duration maxLife, double rampPerSecond) {
        this.registry = registry;
        this.webhooks = new Webhooks(serverBase, webhookSecret);
        this.numbers = List.copyOf(numbers);
        this.pattern = pattern;
        this.minLife = minLife;
        this.maxLife = maxLife;
        this.rampPerSecond = rampPerSecond;
        this.runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    }

    public CallLoad start() {
        pacer.start();
        control.scheduleAtFixedRate(this::topUp, 10, 10, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Calls to keep live from now on. */
    public void target(int calls) {
        target = calls;
    }

    /** Calls started and not yet over (including those still connecting). */
    public int live() {
        return live.get();
    }

    /** Calls whose media is streaming. */
    public int streaming() {
        synchronized (calls) {
            return (int) calls.stream().filter(c -> c.slotAssigned() && !c.ended()).count();
        }
    }

    private void topUp() {
        long now = System.nanoTime();
        if (live.get() >= target) {
            return;
        }
        long interval = (long) (1_000 * MS / rampPerSecond);
        if (now - lastStart < interval) {
            return;
        }
        lastStart = now;
        startCall(now);
    }

    private void startCall(long now) {
        int index = NEXT_INDEX.incrementAndGet();
        long lifetime = minLife.toNanos() + (long) (random.nextDouble() * (maxLife.toNanos() - minLife.toNanos()));
        String voxCallId = "bench-" + runId + "-" + index;
        PhoneCall phone = new PhoneCall(index, voxCallId, registry, pattern, now, lifetime);
        registry.add(phone);
        synchronized (calls) {
            calls.add(phone);
        }
        live.incrementAndGet();
        Recorder recorder = registry.recorder();
        recorder.callsStarted.incrementAndGet();
        // a quarter of the calls go to the first business, so its call list (the REST load) is a long one
        String to = numbers.get(index % 4 == 0 ? 0 : index % numbers.size());
        String from = "+1415555" + String.format("%04d", index % 10_000);
        webhooks.post(Webhooks.callStarted(voxCallId + "-1", voxCallId, voxCallId, from, to)).whenComplete((answer, failure) -> {
            long decided = System.nanoTime();
            Recorder current = registry.recorder();
            if (failure != null || answer.statusCode() != 200) {
                setupFailed(phone, "webhook " + (failure != null ? failure : answer.statusCode() + " " + answer.body()));
                return;
            }
            JsonObject decision;
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                decision = reader.readObject();
            } catch (RuntimeException e) {
                setupFailed(phone, "unreadable decision " + answer.body());
                return;
            }
            if (!"connect".equals(decision.getString("action", ""))) {
                setupFailed(phone, "decision " + answer.body());
                return;
            }
            if (current.inSetupWindow(phone.webhookSent)) {
                current.callSetup.add(decided - phone.webhookSent);
            }
            String token = decision.getString("token");
            sockets.newWebSocketBuilder()
                    .header("X-Tavari-Token", token)
                    .subprotocols("chat")
                    .connectTimeout(Duration.ofSeconds(15))
                    .buildAsync(URI.create(decision.getString("mediaUrl")), phone)
                    .whenComplete((socket, refused) -> {
                        if (refused != null) {
                            setupFailed(phone, "media socket " + refused);
                            return;
                        }
                        phone.opened(socket);
                        phone.markSlotAssigned();
                        pacer.add(phone);
                    });
        });
    }

    private void setupFailed(PhoneCall phone, String why) {
        Recorder recorder = registry.recorder();
        if (recorder.setupFailures.incrementAndGet() <= 5) {
            System.err.println("call " + phone.voxCallId() + " failed to connect: " + why);
        }
        phone.abandon();
        ended(phone);
    }

    private void lifetimeOver(PhoneCall phone) {
        phone.hangUp(webhooks, 2);
        ended(phone);
    }

    private void ended(PhoneCall phone) {
        if (!phone.countEnd()) {
            return;
        }
        live.decrementAndGet();
        registry.recorder().callsEnded.incrementAndGet();
        control.schedule(() -> registry.remove(phone), 60, TimeUnit.SECONDS);
    }

    /** Hangs every call up (from the pacer's point of view their lifetime is over at once). */
    public void hangUpAll() {
        target = 0;
        synchronized (calls) {
            for (PhoneCall phone : calls) {
                phone.endNow();
            }
        }
    }

    /** Caller frames sent in [from, to] after each call's session was ready: {expected, missing}. */
    public long[] callerDeliveries(long from, long to) {
        long expected = 0;
        long missing = 0;
        List<PhoneCall> snapshot;
        synchronized (calls) {
            snapshot = new ArrayList<>(calls);
            long forgetBefore = System.nanoTime() - 120_000 * MS;
            calls.removeIf(c -> c.ended() && c.endAt < forgetBefore);
        }
        for (PhoneCall phone : snapshot) {
            long[] counts = phone.callerDeliveries(from, to);
            expected += counts[0];
            missing += counts[1];
        }
        return new long[] {expected, missing};
    }

    @Override
    public void close() {
        hangUpAll();
        control.shutdownNow();
        pacer.stop();
    }
}
