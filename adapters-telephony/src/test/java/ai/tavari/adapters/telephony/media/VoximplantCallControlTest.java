package ai.tavari.adapters.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoximplantCallControlTest {
    private final List<String> sent = new ArrayList<>();
    private final VoximplantCallControl control = new VoximplantCallControl(sent::add);

    private static MulawAudio audio(int bytes) {
        return new MulawAudio(Base64.getEncoder().encodeToString(new byte[bytes]));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void theFirstAudioIsPrecededByOneStartForTheAgentStream() {
        control.play(audio(160));
        control.play(audio(160));

        assertThat(sent).hasSize(3);
        assertThat(sent.get(0)).isEqualTo("{\"event\":\"start\",\"sequenceNumber\":0,\"start\":{\"mediaFormat\":"
                + "{\"encoding\":\"ULAW\",\"sampleRate\":8000}},\"tag\":\"agent\"}");
        assertThat(sent.stream().filter(frame -> frame.contains("\"start\"")).count()).isEqualTo(1);
    }

    @Test
    void chunksCountUpAndTimestampsCountTheSamplesSentBefore() {
        control.play(audio(160));
        control.play(audio(800));
        control.play(audio(161));
        control.play(audio(2));

        List<JsonObject> media = sent.stream().skip(1).map(VoximplantCallControlTest::json).toList();
        assertThat(media).extracting(m -> m.getInt("sequenceNumber")).containsExactly(1, 2, 3, 4);
        assertThat(media).extracting(m -> m.getJsonObject("media").getInt("chunk")).containsExactly(1, 2, 3, 4);
        assertThat(media).extracting(m -> m.getJsonObject("media").getInt("timestamp")).containsExactly(0, 160, 960, 1121);
        assertThat(media).extracting(m -> m.getString("event")).containsOnly("media");
    }

    @Test
    void thePayloadIsForwardedAsItIs() {
        MulawAudio speech = new MulawAudio(Base64.getEncoder().encodeToString("any μ-law bytes here".getBytes()));

        control.play(speech);

        assertThat(sent.get(1)).isEqualTo("{\"event\":\"media\",\"sequenceNumber\":1,\"media\":{\"chunk\":1,\"timestamp\":0,"
                + "\"payload\":\"" + speech.base64() + "\"}}");
    }

    @Test
    void emptyAudioSendsNothing() {
        control.play(new MulawAudio(""));

        assertThat(sent).isEmpty();
    }

    @Test
    void theByteLengthComesFromTheBase64LengthAlone() {
        for (int bytes = 0; bytes < 10; bytes++) {
            String padded = Base64.getEncoder().encodeToString(new byte[bytes]);
            String unpadded = Base64.getEncoder().withoutPadding().encodeToString(new byte[bytes]);
            assertThat(VoximplantCallControl.decodedLength(padded)).as(padded).isEqualTo(bytes);
            assertThat(VoximplantCallControl.decodedLength(unpadded)).as(unpadded).isEqualTo(bytes);
        }
    }

    @Test
    void controlMessagesAreCustomEvents() {
        control.clearPlayback();
        control.hangUp();
        control.transfer(PhoneNumber.of("+15551112222"));
        control.voicemail("I'm sorry, I'm having \"trouble\" right now.\nPlease leave a message.", Duration.ofMinutes(2));

        assertThat(sent.subList(0, 3)).containsExactly("{\"customEvent\":\"clear\"}", "{\"customEvent\":\"hangup\"}",
                "{\"customEvent\":\"transfer\",\"to\":\"+15551112222\"}");
        JsonObject voicemail = json(sent.get(3));
        assertThat(voicemail.getString("customEvent")).isEqualTo("voicemail");
        assertThat(voicemail.getString("prompt"))
                .isEqualTo("I'm sorry, I'm having \"trouble\" right now.\nPlease leave a message.");
        assertThat(voicemail.getInt("maxRecordSeconds")).isEqualTo(120);
    }

    @Test
    void aClearDoesNotRestartTheStream() {
        control.play(audio(160));
        control.clearPlayback();
        control.play(audio(160));

        assertThat(sent).hasSize(4);
        assertThat(json(sent.get(3)).getJsonObject("media").getInt("chunk")).isEqualTo(2);
        assertThat(json(sent.get(3)).getInt("sequenceNumber")).isEqualTo(2);
    }
}
