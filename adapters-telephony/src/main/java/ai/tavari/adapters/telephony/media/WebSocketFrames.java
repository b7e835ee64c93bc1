package ai.tavari.adapters.telephony.media;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The server side of RFC 6455 framing, as much as the media socket needs: masked client frames in
 * (text, binary, continuation, close, ping, pong), unmasked frames out. Not thread-safe: one reader
 * feeds it; {@link #text} and {@link #close} only build bytes.
 */
final class WebSocketFrames {
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;
    private static final int CONTINUATION = 0x0;

    /** What the reader does with each complete message or control frame. */
    interface Handler {
        void text(String message);

        void binary();

        void ping(byte[] payload);

        void close(int code, String reason);

        /** The peer broke the protocol or a limit: close with {@code code}. */
        void violation(int code, String reason);
    }

    private final int maxMessageBytes;
    private final Handler handler;
    /** Holds a frame until it is complete; a media frame is about 300 bytes, a bigger one grows it. */
    private byte[] buffer = new byte[1024];
    private int length;
    private byte[] message = new byte[0];
    private int messageLength;
    private int messageOpcode = -1;
    private boolean failed;

    WebSocketFrames(int maxMessageBytes, Handler handler) {
        this.maxMessageBytes = maxMessageBytes;
        this.handler = handler;
    }

    /** Feeds bytes as they arrive; complete frames are handed to the handler at once. */
    void feed(byte[] bytes, int offset, int count) {
        if (failed) {
            return;
        }
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
        int consumed = 0;
        while (!failed) {
            int frame = frame(consumed);
            if (frame == 0) {
                break;
            }
            consumed += frame;
        }
        if (consumed > 0) {
            System.arraycopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
        }
    }

    /** Handles the frame starting at {@code at}; returns its size, or 0 when it is not complete yet. */
    private int frame(int at) {
        int available = length - at;
        if (available < 2) {
            return 0;
        }
        int b0 = buffer[at] & 0xFF;
        int b1 = buffer[at + 1] & 0xFF;
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0F;
        boolean masked = (b1 & 0x80) != 0;
        long payload = b1 & 0x7F;
        int header = 2;
        if (payload == 126) {
            if (available < 4) {
                return 0;
            }
            payload = ((buffer[at + 2] & 0xFF) << 8) | (buffer[at + 3] & 0xFF);
            header = 4;
        } else if (payload == 127) {
            if (available < 10) {
                return 0;
            }
            payload = 0;
            for (int i = 0; i < 8; i++) {
                payload = (payload << 8) | (buffer[at + 2 + i] & 0xFF);
            }
            header = 10;
        }
        if ((b0 & 0x70) != 0) {
            return fail(1002, "reserved bits set");
        }
        if (!masked) {
            return fail(1002, "client frames must be masked");
        }
        boolean control = (opcode & 0x8) != 0;
        if (control && (payload > 125 || !fin)) {
            return fail(1002, "bad control frame");
        }
        if (payload + messageLength > maxMessageBytes) {
            return fail(1009, "message too big");
        }
        int size = header + 4 + (int) payload;
        if (available < size) {
            return 0;
        }
        int maskAt = at + header;
        int dataAt = maskAt + 4;
        for (int i = 0; i < payload; i++) {
            buffer[dataAt + i] ^= buffer[maskAt + (i & 3)];
        }
        if (control) {
            control(opcode, dataAt, (int) payload);
        } else {
            data(opcode, fin, dataAt, (int) payload);
        }
        return size;
    }

    private void control(int opcode, int at, int count) {
        switch (opcode) {
            case CLOSE -> {
                int code = count >= 2 ? ((buffer[at] & 0xFF) << 8) | (buffer[at + 1] & 0xFF) : 1005;
                String reason = count > 2 ? new String(buffer, at + 2, count - 2, StandardCharsets.UTF_8) : "";
                failed = true; // nothing is read after a close
                handler.close(code, reason);
            }
            case PING -> handler.ping(Arrays.copyOfRange(buffer, at, at + count));
            case PONG -> { }
            default -> fail(1002, "unknown control frame");
        }
    }

    private void data(int opcode, boolean fin, int at, int count) {
        if (opcode == CONTINUATION) {
            if (messageOpcode < 0) {
                fail(1002, "continuation without a message");
                return;
            }
        } else if (opcode == TEXT || opcode == BINARY) {
            if (messageOpcode >= 0) {
                fail(1002, "new message inside a fragmented one");
                return;
            }
            if (fin) {
                deliver(opcode, buffer, at, count);
                return;
            }
            messageOpcode = opcode;
            messageLength = 0;
        } else {
            fail(1002, "unknown frame");
            return;
        }
        if (messageLength + count > message.length) {
            message = Arrays.copyOf(message, Math.max(messageLength + count, message.length * 2));
        }
        System.arraycopy(buffer, at, message, messageLength, count);
        messageLength += count;
        if (fin) {
            int whole = messageOpcode;
            messageOpcode = -1;
            deliver(whole, message, 0, messageLength);
            messageLength = 0;
        }
    }

    private void deliver(int opcode, byte[] bytes, int at, int count) {
        if (opcode == BINARY) {
            handler.binary();
            return;
        }
        if (isAscii(bytes, at, count)) {
            // every media frame: one copy into a compact string, no decoder and no char buffer
            handler.text(new String(bytes, at, count, StandardCharsets.ISO_8859_1));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, at, count)).toString();
        } catch (CharacterCodingException e) {
            fail(1007, "text that is not UTF-8");
            return;
        }
        handler.text(text);
    }

    private static boolean isAscii(byte[] bytes, int at, int count) {
        for (int i = at; i < at + count; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private int fail(int code, String reason) {
        failed = true;
        handler.violation(code, reason);
        return 0;
    }

    /** An unmasked, final text frame. */
    static byte[] text(String text) {
        return frame(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A close frame: the code and a reason of at most 123 bytes. */
    static byte[] close(int code, String reason) {
        byte[] why = reason == null ? new byte[0] : reason.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(why.length, 123);
        byte[] payload = new byte[2 + n];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(why, 0, payload, 2, n);
        return frame(CLOSE, payload);
    }

    static byte[] pong(byte[] payload) {
        return frame(PONG, payload);
    }

    private static byte[] frame(int opcode, byte[] payload) {
        int n = payload.length;
        int header = n < 126 ? 2 : n < 65_536 ? 4 : 10;
        byte[] frame = new byte[header + n];
        frame[0] = (byte) (0x80 | opcode);
        if (n < 126) {
            frame[1] = (byte) n;
        } else if (n < 65_536) {
            frame[1] = 126;
            frame[2] = (byte) (n >>> 8);
            frame[3] = (byte) n;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) n >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, n);
        return frame;
    }
}
