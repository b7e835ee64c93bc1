package ai.tavari.adapters.ai.openai.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fake behaves on connections opened from now on (a connection keeps the options it opened
 * with). Fluent and thread-safe.
 */
public final class FakeRealtimeOptions {
    public static final String DEFAULT_API_KEY = "test-key";
    public static final String DEFAULT_REPLY_TRANSCRIPT = "Hello, thanks for calling. How can I help?";

    private volatile String apiKey = DEFAULT_API_KEY;
    private volatile Duration sessionCreatedDelay = Duration.ZERO;
    private volatile Reply defaultReply = Reply.audio(Duration.ofSeconds(1), DEFAULT_REPLY_TRANSCRIPT);
    private volatile Duration deltaLength = Duration.ofMillis(100);
    private volatile Duration deltaInterval = Duration.ofMillis(20);
    private volatile int lateDeltasOnBargeIn = 2;
    private volatile boolean ignoreRequestedAudioFormat;

    public FakeRealtimeOptions copy() {
        FakeRealtimeOptions copy = new FakeRealtimeOptions();
        copy.apiKey = apiKey;
        copy.sessionCreatedDelay = sessionCreatedDelay;
        copy.defaultReply = defaultReply;
        copy.deltaLength = deltaLength;
        copy.deltaInterval = deltaInterval;
        copy.lateDeltasOnBargeIn = lateDeltasOnBargeIn;
        copy.ignoreRequestedAudioFormat = ignoreRequestedAudioFormat;
        return copy;
    }

    /** The key the {@code Authorization: Bearer} header must carry; anything else fails the handshake. */
    public FakeRealtimeOptions apiKey(String key) {
        this.apiKey = Objects.requireNonNull(key, "key");
        return this;
    }

    /** Delays {@code session.created}: a slow or stuck start. */
    public FakeRealtimeOptions slowStart(Duration delay) {
        this.sessionCreatedDelay = Objects.requireNonNull(delay, "delay");
        return this;
    }

    /** What a response contains when no reply was scripted (the greeting, a VAD turn). */
    public FakeRealtimeOptions defaultReply(Reply reply) {
        this.defaultReply = Objects.requireNonNull(reply, "reply");
        return this;
    }

    /** Shorthand: responses carry {@code length} of audio with this transcript. */
    public FakeRealtimeOptions replyAudio(Duration length, String transcript) {
        return defaultReply(Reply.audio(length, transcript));
    }

    /** Responses start but never produce audio nor finish: a model that went silent. */
    public FakeRealtimeOptions noAudio() {
        return defaultReply(Reply.hanging());
    }

    /** Audio per {@code response.output_audio.delta}, and the pause between two deltas. */
    public FakeRealtimeOptions audioPacing(Duration deltaLength, Duration deltaInterval) {
        if (deltaLength.toMillis() <= 0 || deltaInterval.isNegative()) {
            throw new IllegalArgumentException("delta length must be positive, interval not negative");
        }
        this.deltaLength = deltaLength;
        this.deltaInterval = deltaInterval;
        return this;
    }

    /** Deltas of an interrupted response still sent after {@code speech_started}, as in flight. */
    public FakeRealtimeOptions lateDeltasOnBargeIn(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        this.lateDeltasOnBargeIn = count;
        return this;
    }

    /** {@code session.updated} keeps the default PCM 24 kHz formats whatever was asked. */
    public FakeRealtimeOptions ignoreRequestedAudioFormat() {
        this.ignoreRequestedAudioFormat = true;
        return this;
    }

    public String apiKey() {
        return apiKey;
    }

    public Duration sessionCreatedDelay() {
        return sessionCreatedDelay;
    }

    public Reply defaultReply() {
        return defaultReply;
    }

    public Duration deltaLength() {
        return deltaLength;
    }

    public Duration deltaInterval() {
        return deltaInterval;
    }

    public int lateDeltasOnBargeIn() {
        return lateDeltasOnBargeIn;
    }

    public boolean ignoresRequestedAudioFormat() {
        return ignoreRequestedAudioFormat;
    }
}
