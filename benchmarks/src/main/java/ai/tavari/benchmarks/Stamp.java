package ai.tavari.benchmarks;

import java.util.Arrays;
import java.util.Base64;

/**
 * Identifies one audio frame end to end. The first 12 bytes of every μ-law payload the harness
 * makes carry who sent it and its number; 12 bytes are exactly 16 base64 characters, so a stamp
 * is read from the first 16 characters of the payload string without decoding the rest, and a
 * relay that forwards the base64 text as it came (or decodes and re-encodes it) keeps it intact.
 *
 * <pre>
 * byte 0      'T'
 * byte 1      kind: 1 caller frame (phone → server → OpenAI), 2 agent delta (OpenAI → server → phone)
 * byte 2      flags: bit 0 = the caller is talking (the fake's voice detection reads it)
 * bytes 3-5   stream: the phone call's number (caller frames) or the fake connection's (agent deltas)
 * bytes 6-7   response number within the connection (agent deltas), 0 for caller frames
 * bytes 8-11  sequence number within the stream (caller) or within the response (agent)
 * </pre>
 */
public final class Stamp {
    public static final int BYTES = 12;
    public static final int CHARS = 16;
    public static final byte CALLER = 1;
    public static final byte AGENT = 2;
    public static final int TALKING = 1;
    private static final byte MAGIC = 'T';
    /** μ-law bytes per millisecond at 8 kHz. */
    public static final int BYTES_PER_MS = 8;

    private static final Base64.Encoder ENCODER = Base64.getEncoder();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    public final byte kind;
    public final int flags;
    public final int stream;
    public final int response;
    public final int sequence;

    private Stamp(byte kind, int flags, int stream, int response, int sequence) {
        this.kind = kind;
        this.flags = flags;
        this.stream = stream;
        this.response = response;
        this.sequence = sequence;
    }

    public boolean talking() {
        return (flags & TALKING) != 0;
    }

    /** The 16 base64 characters of a stamp; append the body's base64 (see {@link #body}) to make a payload. */
    public static String encode(byte kind, int flags, int stream, int response, int sequence) {
        byte[] b = new byte[BYTES];
        b[0] = MAGIC;
        b[1] = kind;
        b[2] = (byte) flags;
        b[3] = (byte) (stream >>> 16);
        b[4] = (byte) (stream >>> 8);
        b[5] = (byte) stream;
        b[6] = (byte) (response >>> 8);
        b[7] = (byte) response;
        b[8] = (byte) (sequence >>> 24);
        b[9] = (byte) (sequence >>> 16);
        b[10] = (byte) (sequence >>> 8);
        b[11] = (byte) sequence;
        return ENCODER.encodeToString(b);
    }

    /**
     * The base64 of the bytes after the stamp in a payload of {@code totalBytes}: filled with
     * {@code fill} (μ-law silence is 0xFF) or, for {@code tone}, a loud 440 Hz tone.
     */
    public static String body(int totalBytes, byte fill, boolean tone) {
        byte[] b = new byte[totalBytes - BYTES];
        if (tone) {
            for (int i = 0; i < b.length; i++) {
                double value = Math.sin(2 * Math.PI * 440 * i / 8000.0) * 12_000;
                b[i] = mulaw((short) value);
            }
        } else {
            Arrays.fill(b, fill);
        }
        return ENCODER.encodeToString(b);
    }

    /** Reads the stamp at {@code offset} of a text holding a payload; null when there is none. */
    public static Stamp read(String text, int offset) {
        if (offset < 0 || offset + CHARS > text.length()) {
            return null;
        }
        byte[] b;
        try {
            b = DECODER.decode(text.substring(offset, offset + CHARS));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (b.length != BYTES || b[0] != MAGIC) {
            return null;
        }
        int stream = (b[3] & 0xFF) << 16 | (b[4] & 0xFF) << 8 | (b[5] & 0xFF);
        int response = (b[6] & 0xFF) << 8 | (b[7] & 0xFF);
        int sequence = (b[8] & 0xFF) << 24 | (b[9] & 0xFF) << 16 | (b[10] & 0xFF) << 8 | (b[11] & 0xFF);
        return new Stamp(b[1], b[2], stream, response, sequence);
    }

    /** Milliseconds of μ-law audio in a base64 payload, from its length. */
    public static int millisOf(int base64Length, int padding) {
        return (base64Length / 4 * 3 - padding) / BYTES_PER_MS;
    }

    /** ITU-T G.711 μ-law encoding of one 16-bit sample. */
    static byte mulaw(short linear) {
        final int bias = 0x84;
        final int clip = 32_635;
        int sample = linear;
        int sign = (sample >> 8) & 0x80;
        if (sign != 0) {
            sample = -sample;
        }
        sample = Math.min(sample, clip) + bias;
        int exponent = 7;
        for (int mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (sample >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }
}
