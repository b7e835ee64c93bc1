package ai.tavari.adapters.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboundFramesTest {
    private static final String PAYLOAD = "/".repeat(216);

    @Test
    void startWithTagAndParametersAtTheTopLevel() throws Exception {
        InboundFrame frame = InboundFrames.parse("{\"event\":\"start\",\"sequenceNumber\":0,\"start\":{\"mediaFormat\":"
                + "{\"encoding\":\"ULAW\",\"sampleRate\":8000}},\"tag\":\"caller\",\"customParameters\":{\"callId\":\"8A1C0D2E.1\"}}");

        assertThat(frame).isEqualTo(new InboundFrame.Start(Optional.of("caller"), Map.of("callId", "8A1C0D2E.1")));
    }

    @Test
    void startWithTagAndParametersInsideStart() throws Exception {
        InboundFrame frame = InboundFrames.parse("{\"event\":\"start\",\"sequenceNumber\":0,\"start\":{\"tag\":\"caller\","
                + "\"customParameters\":{\"callId\":\"8A1C0D2E.1\",\"n\":2},\"mediaFormat\":{\"encoding\":\"ULAW\",\"sampleRate\":8000}}}");

        assertThat(frame).isEqualTo(new InboundFrame.Start(Optional.of("caller"), Map.of("callId", "8A1C0D2E.1", "n", "2")));
    }

    @Test
    void customParametersMayComeAsAJsonString() throws Exception {
        InboundFrame frame = InboundFrames.parse("{\"event\":\"start\",\"start\":{\"mediaFormat\":{\"encoding\":\"ULAW\"}},"
                + "\"customParameters\":\"{\\\"callId\\\":\\\"8A1C0D2E.1\\\"}\"}");
        InboundFrame unreadable = InboundFrames.parse("{\"event\":\"start\",\"customParameters\":\"callId=8A1C0D2E.1\"}");

        assertThat(frame).isEqualTo(new InboundFrame.Start(Optional.empty(), Map.of("callId", "8A1C0D2E.1")));
        assertThat(unreadable).isEqualTo(new InboundFrame.Start(Optional.empty(), Map.of()));
    }

    @Test
    void aStartInAnotherFormatIsRefused() {
        assertThatThrownBy(() -> InboundFrames.parse("{\"event\":\"start\",\"start\":{\"mediaFormat\":"
                + "{\"encoding\":\"PCM16\",\"sampleRate\":16000}}}"))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("PCM16");
        assertThatThrownBy(() -> InboundFrames.parse("{\"event\":\"start\",\"start\":{\"mediaFormat\":"
                + "{\"encoding\":\"ULAW\",\"sampleRate\":16000}}}"))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("16000");
    }

    @Test
    void mediaKeepsThePayloadStringAsItCame() throws Exception {
        InboundFrame frame = InboundFrames.parse("{\"event\":\"media\",\"sequenceNumber\":1,\"media\":{\"chunk\":1,"
                + "\"timestamp\":160,\"payload\":\"" + PAYLOAD + "\"},\"tag\":\"caller\"}");

        assertThat(frame).isEqualTo(new InboundFrame.Media(PAYLOAD));
    }

    @Test
    void stopAndUnknownEventsCarryNothing() throws Exception {
        assertThat(InboundFrames.parse("{\"event\":\"stop\",\"sequenceNumber\":500,\"stop\":{\"mediaInfo\":"
                + "{\"bytesSent\":80000,\"duration\":10000}}}")).isEqualTo(new InboundFrame.Stop());
        assertThat(InboundFrames.parse("{\"event\":\"init\",\"whatever\":[{\"a\":[1,{}]}],\"media\":{\"x\":1}}"))
                .isEqualTo(new InboundFrame.Ignored("init"));
        assertThat(InboundFrames.parse("{\"customEvent\":\"somethingNew\",\"data\":{\"a\":1}}"))
                .isEqualTo(new InboundFrame.Ignored("somethingNew"));
    }

    @Test
    void controlMessages() throws Exception {
        assertThat(InboundFrames.parse("{\"customEvent\":\"playbackStarted\"}")).isEqualTo(new InboundFrame.PlaybackStarted());
        assertThat(InboundFrames.parse("{\"customEvent\":\"playbackEnded\",\"durationMs\":2400}"))
                .isEqualTo(new InboundFrame.PlaybackEnded(Optional.of(2400L)));
        assertThat(InboundFrames.parse("{\"customEvent\":\"transferResult\",\"success\":true}"))
                .isEqualTo(new InboundFrame.TransferResult(true, Optional.empty()));
        assertThat(InboundFrames.parse("{\"customEvent\":\"transferResult\",\"success\":false,\"code\":486}"))
                .isEqualTo(new InboundFrame.TransferResult(false, Optional.of(486)));
        assertThat(InboundFrames.parse("{\"customEvent\":\"callEnded\",\"reason\":\"caller_hangup\"}"))
                .isEqualTo(new InboundFrame.CallEnded("caller_hangup"));
        assertThat(InboundFrames.parse("{\"customEvent\":\"callEnded\"}")).isEqualTo(new InboundFrame.CallEnded("caller_hangup"));
    }

    @Test
    void malformedFramesAreRefusedWithAReason() {
        String[][] cases = {
                {"{\"event\":\"media\"", "valid JSON"},
                {"not json", "valid JSON"},
                {"[{\"event\":\"media\"}]", "JSON object"},
                {"\"media\"", "JSON object"},
                {"{\"event\":\"media\"} {}", "JSON"},
                {"{\"event\":\"media\",\"media\":{\"chunk\":1}}", "media.payload"},
                {"{\"event\":\"media\",\"media\":{\"payload\":42}}", "media.payload must be a string"},
                {"{\"event\":\"media\",\"media\":\"AAAA\"}", "media must be an object"},
                {"{\"event\":5}", "event must be a string"},
                {"{\"customEvent\":\"transferResult\",\"code\":486}", "success"},
                {"{\"sequenceNumber\":3}", "an event or a customEvent"},
                {"{}", "an event or a customEvent"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> InboundFrames.parse(c[0])).as(c[0])
                    .isInstanceOf(MalformedFrameException.class).hasMessageContaining(c[1]);
        }
    }
}
