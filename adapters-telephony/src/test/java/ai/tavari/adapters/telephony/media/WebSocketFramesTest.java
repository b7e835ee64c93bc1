package ai.tavari.adapters.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebSocketFramesTest {
    private final List<String> seen = new ArrayList<>();
    private final WebSocketFrames frames = new WebSocketFrames(64 * 1024, new WebSocketFrames.Handler() {
        @Override
        public void text(String message) {
            seen.add("text " + message);
        }

        @Override
        public void binary() {
            seen.add("binary");
        }

        @Override
        public void ping(byte[] payload) {
            seen.add("ping " + new String(payload, StandardCharsets.UTF_8));
        }

        @Override
        public void close(int code, String reason) {
            seen.add("close " + code + " " + reason);
        }

        @Override
        public void violation(int code, String reason) {
            seen.add("violation " + code);
        }
    });

    /** A client frame: masked, as RFC 6455 requires. */
    private static byte[] clientFrame(int opcode, boolean fin, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | opcode);
        int n = payload.length;
        if (n < 126) {
            out.write(0x80 | n);
        } else if (n < 65_536) {
            out.write(0x80 | 126);
            out.write(n >>> 8);
            out.write(n & 0xFF);
        } else {
            out.write(0x80 | 127);
            for (int i = 7; i >= 0; i--) {
                out.write((int) ((long) n >>> (8 * i)) & 0xFF);
            }
        }
        byte[] mask = {0x12, 0x34, 0x56, 0x78};
        out.writeBytes(mask);
        for (int i = 0; i < n; i++) {
            out.write(payload[i] ^ mask[i & 3]);
        }
        return out.toByteArray();
    }

    private void feedInPieces(byte[] bytes, int piece) {
        for (int at = 0; at < bytes.length; at += piece) {
            frames.feed(bytes, at, Math.min(piece, bytes.length - at));
        }
    }

    @Test
    void textFramesAreUnmaskedAndDeliveredWholeEvenWhenTheyArriveInPieces() {
        String media = "{\"event\":\"media\",\"media\":{\"payload\":\"" + "A".repeat(216) + "\"}}";
        byte[] one = clientFrame(WebSocketFrames.TEXT, true, media.getBytes(StandardCharsets.UTF_8));
        byte[] two = clientFrame(WebSocketFrames.TEXT, true, "{\"customEvent\":\"callEnded\"}".getBytes(StandardCharsets.UTF_8));
        byte[] both = new byte[one.length + two.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(two, 0, both, one.length, two.length);

        feedInPieces(both, 7);

        assertThat(seen).containsExactly("text " + media, "text {\"customEvent\":\"callEnded\"}");
    }

    @Test
    void fragmentsAreJoinedAndControlFramesMayComeBetweenThem() {
        frames.feed(clientFrame(WebSocketFrames.TEXT, false, "{\"a\":".getBytes(StandardCharsets.UTF_8)), 0,
                clientFrame(WebSocketFrames.TEXT, false, "{\"a\":".getBytes(StandardCharsets.UTF_8)).length);
        byte[] ping = clientFrame(WebSocketFrames.PING, true, "hi".getBytes(StandardCharsets.UTF_8));
        frames.feed(ping, 0, ping.length);
        byte[] rest = clientFrame(0, true, "\"é\"}".getBytes(StandardCharsets.UTF_8));
        frames.feed(rest, 0, rest.length);

        assertThat(seen).containsExactly("ping hi", "text {\"a\":\"é\"}");
    }

    @Test
    void aMessageOverTheLimitIs1009AndNothingIsReadAfter() {
        byte[] big = clientFrame(WebSocketFrames.TEXT, true, new byte[64 * 1024 + 1]);
        feedInPieces(big, 4096);
        byte[] after = clientFrame(WebSocketFrames.TEXT, true, "{}".getBytes(StandardCharsets.UTF_8));
        frames.feed(after, 0, after.length);

        assertThat(seen).containsExactly("violation 1009");
    }

    @Test
    void unmaskedFramesBinaryFramesAndBadUtf8AreReported() {
        byte[] unmasked = {(byte) 0x81, 0x02, '{', '}'};
        frames.feed(unmasked, 0, unmasked.length);
        assertThat(seen).containsExactly("violation 1002");

        seen.clear();
        WebSocketFramesTest other = new WebSocketFramesTest();
        byte[] binary = clientFrame(WebSocketFrames.BINARY, true, new byte[] {1, 2});
        other.frames.feed(binary, 0, binary.length);
        byte[] badText = clientFrame(WebSocketFrames.TEXT, true, new byte[] {(byte) 0xC3, 0x28});
        other.frames.feed(badText, 0, badText.length);
        assertThat(other.seen).containsExactly("binary", "violation 1007");
    }

    @Test
    void aCloseCarriesItsCodeAndReason() {
        byte[] payload = {0x03, (byte) 0xE8, 'b', 'y', 'e'};
        byte[] close = clientFrame(WebSocketFrames.CLOSE, true, payload);
        frames.feed(close, 0, close.length);

        assertThat(seen).containsExactly("close 1000 bye");
    }

    @Test
    void serverFramesAreUnmaskedWithTheRightLengthForm() {
        assertThat(WebSocketFrames.text("hi")).containsExactly(0x81, 2, 'h', 'i');
        byte[] medium = WebSocketFrames.text("x".repeat(300));
        assertThat(medium[1]).isEqualTo((byte) 126);
        assertThat(((medium[2] & 0xFF) << 8) | (medium[3] & 0xFF)).isEqualTo(300);
        assertThat(WebSocketFrames.close(1009, "too big")).startsWith(0x88, 9, 0x03, 0xF1);
        assertThat(WebSocketFrames.close(1000, "x".repeat(200))).hasSize(2 + 2 + 123);
    }

    @Test
    void theHandshakeAcceptKeyIsTheOneOfTheRfc() {
        assertThat(MediaSocketServlet.accept("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        assertThat(MediaSocketServlet.asksFor("superchat, chat", "chat")).isTrue();
        assertThat(MediaSocketServlet.asksFor("superchat", "chat")).isFalse();
    }
}
