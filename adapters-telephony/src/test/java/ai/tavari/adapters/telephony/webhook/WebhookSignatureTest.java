package ai.tavari.adapters.telephony.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.telephony.fixtures.SignedWebhookClient;
import ai.tavari.adapters.telephony.fixtures.SignedWebhookClient.MacEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_vox_test";
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final byte[] BODY = "{\"id\":\"8812731-1\",\"type\":\"call.started\"}".getBytes(StandardCharsets.UTF_8);

    private final WebhookSignature signature = new WebhookSignature(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    private static String header(long t, MacEncoding encoding) {
        return SignedWebhookClient.signatureHeader(SECRET, t, BODY, encoding);
    }

    @Test
    void acceptsTheMacAsLowercaseHex() {
        String header = header(NOW.getEpochSecond(), MacEncoding.HEX);

        assertThatCode(() -> signature.verify(header, BODY)).doesNotThrowAnyException();
    }

    @Test
    void acceptsTheMacAsBase64WithOrWithoutPadding() {
        long t = NOW.getEpochSecond();
        String header = header(t, MacEncoding.BASE64);
        String unpadded = "t=" + t + ",v1=" + Base64.getEncoder().withoutPadding().encodeToString(
                signature.mac(Long.toString(t), BODY));

        assertThat(header).endsWith("=");
        assertThatCode(() -> signature.verify(header, BODY)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(unpadded, BODY)).doesNotThrowAnyException();
    }

    @Test
    void acceptsSpacesAndAnyOfSeveralMacs() {
        long t = NOW.getEpochSecond();
        String good = header(t, MacEncoding.HEX).substring(("t=" + t + ",").length());
        String header = "t=" + t + ", v1=" + "00".repeat(32) + ", " + good;

        assertThatCode(() -> signature.verify(header, BODY)).doesNotThrowAnyException();
    }

    @Test
    void verifiesAMacComputedByAnotherImplementation() {
        // HMAC-SHA256 with key "secret" over 1700000000.{"a":1}, computed outside Java
        WebhookSignature signedThen = new WebhookSignature("secret",
                Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC));
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        assertThatCode(() -> signedThen.verify(
                "t=1700000000,v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686", body))
                .doesNotThrowAnyException();
        assertThatCode(() -> signedThen.verify("t=1700000000,v1=SfJOU3QHdD+koCQrtjuUuaR+6Zy74HHM2KIlUK5BFoY=", body))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAMacMadeWithAnotherSecret() {
        String header = SignedWebhookClient.signatureHeader("someone-else", NOW.getEpochSecond(), BODY, MacEncoding.HEX);

        assertThatThrownBy(() -> signature.verify(header, BODY))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("does not match");
    }

    @Test
    void refusesABodyChangedAfterSigning() {
        String header = header(NOW.getEpochSecond(), MacEncoding.BASE64);
        byte[] tampered = "{\"id\":\"8812731-1\",\"type\":\"call.ended\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signature.verify(header, tampered)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void refusesATimestampThatIsNotTheSignedOne() {
        long t = NOW.getEpochSecond();
        String header = header(t, MacEncoding.HEX).replace("t=" + t, "t=" + (t - 1));

        assertThatThrownBy(() -> signature.verify(header, BODY)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void acceptsTimestampsUpToFiveMinutesAwayAndRefusesOlderOrNewer() {
        long t = NOW.getEpochSecond();

        assertThatCode(() -> signature.verify(header(t - 300, MacEncoding.HEX), BODY)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(header(t + 300, MacEncoding.HEX), BODY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> signature.verify(header(t - 301, MacEncoding.HEX), BODY))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("5 minutes");
        assertThatThrownBy(() -> signature.verify(header(t + 301, MacEncoding.HEX), BODY))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("5 minutes");
    }

    @Test
    void refusesMissingAndMalformedHeaders() {
        long t = NOW.getEpochSecond();
        String mac = HexFormat.of().formatHex(signature.mac(Long.toString(t), BODY));
        for (String header : new String[] {null, "", "  ", mac, "v1=" + mac, "t=" + t, "t=" + t + ",v1=",
                "t=soon,v1=" + mac, "t=" + t + ";v1=" + mac, "t=" + t + ",v1=" + mac.substring(2),
                "t=" + t + ",v1=" + mac.replace('a', 'g'), "t=" + t + ",v1=" + "x".repeat(2000)}) {
            assertThatThrownBy(() -> signature.verify(header, BODY)).as(String.valueOf(header))
                    .isInstanceOf(InvalidSignatureException.class);
        }
    }

    @Test
    void theRefusalNeverShowsTheExpectedMac() {
        String expected = HexFormat.of().formatHex(signature.mac(Long.toString(NOW.getEpochSecond()), BODY));
        String header = "t=" + NOW.getEpochSecond() + ",v1=" + "ab".repeat(32);

        assertThatThrownBy(() -> signature.verify(header, BODY)).message().doesNotContain(expected).doesNotContain(SECRET);
    }
}
