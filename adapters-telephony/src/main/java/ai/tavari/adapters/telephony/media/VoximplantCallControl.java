package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.application.port.out.telephony.TelephonyCallControl;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Drives the scenario over the media socket (CONTRACT.md §2, server → scenario). Agent audio is
 * Voximplant's media envelope: one {@code start} (ULAW, 8000 Hz, tag {@code agent}) before the
 * first {@code media}, then {@code chunk} counting up by one and {@code timestamp} the number of
 * samples sent before the chunk (one μ-law byte is one sample). Everything else is a
 * {@code customEvent}. Frames are numbered and queued under one lock, so concurrent callers
 * cannot reorder them; the queue never blocks.
 */
public final class VoximplantCallControl implements TelephonyCallControl {
    static final String AGENT_TAG = "agent";

    private final Predicate<String> out;
    private long sequenceNumber;
    private long chunk;
    private long samplesSent;
    private boolean started;

    /** @param out queues one frame for the socket; false when it was dropped */
    VoximplantCallControl(Predicate<String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public synchronized void play(MulawAudio audio) {
        String payload = audio.base64();
        long bytes = decodedLength(payload);
        if (bytes == 0) {
            return;
        }
        if (!started) {
            started = true;
            out.test("{\"event\":\"start\",\"sequenceNumber\":" + sequenceNumber++
                    + ",\"start\":{\"mediaFormat\":{\"encoding\":\"" + InboundFrames.ENCODING + "\",\"sampleRate\":"
                    + InboundFrames.SAMPLE_RATE + "}},\"tag\":\"" + AGENT_TAG + "\"}");
        }
        StringBuilder frame = new StringBuilder(payload.length() + 96)
                .append("{\"event\":\"media\",\"sequenceNumber\":").append(sequenceNumber++)
                .append(",\"media\":{\"chunk\":").append(++chunk)
                .append(",\"timestamp\":").append(samplesSent)
                .append(",\"payload\":");
        JsonText.quote(frame, payload).append("}}");
        samplesSent += bytes;
        out.test(frame.toString());
    }

    @Override
    public synchronized void clearPlayback() {
        out.test("{\"customEvent\":\"clear\"}");
    }

    @Override
    public synchronized void hangUp() {
        out.test("{\"customEvent\":\"hangup\"}");
    }

    @Override
    public synchronized void transfer(PhoneNumber to) {
        StringBuilder frame = new StringBuilder("{\"customEvent\":\"transfer\",\"to\":");
        out.test(JsonText.quote(frame, to.e164()).append('}').toString());
    }

    @Override
    public synchronized void voicemail(String prompt, Duration maxRecording) {
        StringBuilder frame = new StringBuilder("{\"customEvent\":\"voicemail\",\"prompt\":");
        JsonText.quote(frame, prompt).append(",\"maxRecordSeconds\":").append(maxRecording.toSeconds()).append('}');
        out.test(frame.toString());
    }

    /** Bytes of audio in a base64 text, from its length alone (padded or not). */
    static long decodedLength(String base64) {
        int length = base64.length();
        int padding = 0;
        while (padding < 2 && length - padding > 0 && base64.charAt(length - padding - 1) == '=') {
            padding++;
        }
        return (long) (length - padding) * 3 / 4;
    }
}
