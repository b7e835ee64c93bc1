package ai.tavari.adapters.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The small pieces the hot path relies on. */
class WireFormatTest {
    private final ServerEventParser parser = new ServerEventParser(new RealtimeJson().parsers);

    @Test
    void readsAnAudioDeltaWithoutTouchingThePayload() {
        String payload = Base64.getEncoder().encodeToString(new byte[800]);
        ServerEvent event = parser.parse("{\"event_id\":\"e1\",\"type\":\"response.output_audio.delta\","
                + "\"response_id\":\"resp_1\",\"item_id\":\"item_1\",\"output_index\":0,\"content_index\":0,"
                + "\"delta\":\"" + payload + "\",\"obfuscation\":\"x\"}");

        assertThat(event.type()).isEqualTo("response.output_audio.delta");
        assertThat(event.delta()).isEqualTo(payload);
        assertThat(event.string("item_id")).isEqualTo("item_1");
        assertThat(event.string("response_id")).isEqualTo("resp_1");
    }

    @Test
    void readsNestedObjectsOfOtherEvents() {
        ServerEvent event = parser.parse("{\"type\":\"response.done\",\"response\":{\"id\":\"resp_1\","
                + "\"status\":\"cancelled\",\"output\":[{\"type\":\"function_call\"}],"
                + "\"usage\":{\"total_tokens\":3}}}");

        assertThat(event.object("response").getString("status")).isEqualTo("cancelled");
        assertThat(ServerEvent.number(ServerEvent.object(event.object("response"), "usage"), "total_tokens"))
                .isEqualTo(3);
    }

    @Test
    void givesNoEventForTextThatIsNotAnObject() {
        assertThat(parser.parse("[1,2]")).isNull();
    }

    @Test
    void buildsTheAppendEventAroundThePayloadAsGiven() {
        assertThat(ClientEvents.inputAudioAppend("//7+/f39/v7//w=="))
                .isEqualTo("{\"type\":\"input_audio_buffer.append\",\"audio\":\"//7+/f39/v7//w==\"}");
        assertThat(ClientEvents.isPlainBase64("//7+/f39/v7//w==")).isTrue();
        assertThat(ClientEvents.isPlainBase64("abc\",\"x\":\"")).isFalse();
        assertThat(ClientEvents.isPlainBase64("AAAA\u00e9AAA")).isFalse();
        assertThat(ClientEvents.isPlainBase64("AAAA\u0141AAA")).as("a char whose low byte is base64").isFalse();
    }

    @Test
    void countsDecodedBytesFromTheBase64Length() {
        for (int bytes = 0; bytes < 10; bytes++) {
            String base64 = Base64.getEncoder().encodeToString(new byte[bytes]);
            assertThat(AgentAudioLedger.decodedLength(base64)).isEqualTo(bytes);
        }
        AgentAudioLedger ledger = new AgentAudioLedger();
        ledger.received("item_1", Base64.getEncoder().encodeToString(new byte[800]));
        ledger.received("item_1", Base64.getEncoder().encodeToString(new byte[161]));
        assertThat(ledger.receivedMillis("item_1")).isEqualTo(120);
        assertThat(ledger.receivedMillis("item_2")).isZero();
    }

    @Test
    void givesTheTranscriptionModelAnIsoLanguage() {
        assertThat(ClientEvents.isoLanguage("en-US")).isEqualTo("en");
        assertThat(ClientEvents.isoLanguage("de_AT")).isEqualTo("de");
        assertThat(ClientEvents.isoLanguage("FR")).isEqualTo("fr");
        assertThat(ClientEvents.isoLanguage("")).isEmpty();
    }
}
