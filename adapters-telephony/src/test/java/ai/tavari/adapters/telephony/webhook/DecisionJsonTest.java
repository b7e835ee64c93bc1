package ai.tavari.adapters.telephony.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.in.call.CallDecision;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
    private static final CallId CALL = CallId.of("0b6d3c1e-6a36-4a43-9a1b-1f2f0f1d2a11");
    private static final MediaSocketAddress MEDIA = new MediaSocketAddress("wss://tavari.example/media/voximplant");

    private static String render(CallDecision decision) {
        return DecisionJson.render(decision, () -> MEDIA);
    }

    @Test
    void connectGivesTheMediaUrlWithTheTokenEncodedAndTheTokenItself() {
        String json = render(new CallDecision.Connect(CALL, "mt1.a+b/c=", Duration.ofMinutes(30)));

        assertThat(json).isEqualTo("{\"action\":\"connect\",\"callId\":\"0b6d3c1e-6a36-4a43-9a1b-1f2f0f1d2a11\","
                + "\"mediaUrl\":\"wss://tavari.example/media/voximplant?token=mt1.a%2Bb%2Fc%3D\","
                + "\"token\":\"mt1.a+b/c=\",\"maxDurationSeconds\":1800}");
    }

    @Test
    void voicemailGivesPromptAndMaximumRecordingLength() {
        String json = render(new CallDecision.Voicemail(CALL, "Thanks for calling \"Bella\" Dental.", Duration.ofMinutes(2)));

        assertThat(json).isEqualTo("{\"action\":\"voicemail\",\"callId\":\"0b6d3c1e-6a36-4a43-9a1b-1f2f0f1d2a11\","
                + "\"prompt\":\"Thanks for calling \\\"Bella\\\" Dental.\",\"maxRecordSeconds\":120}");
    }

    @Test
    void forwardGivesTheOwnersNumber() {
        assertThat(render(new CallDecision.Forward(CALL, PhoneNumber.of("+15551112222"))))
                .isEqualTo("{\"action\":\"forward\",\"callId\":\"0b6d3c1e-6a36-4a43-9a1b-1f2f0f1d2a11\",\"to\":\"+15551112222\"}");
    }

    @Test
    void rejectHasACallIdOnlyWhenThereIsACall() {
        assertThat(render(new CallDecision.Reject(Optional.empty(), "Sorry, this number is not in service.")))
                .isEqualTo("{\"action\":\"reject\",\"prompt\":\"Sorry, this number is not in service.\"}");
        assertThat(render(new CallDecision.Reject(Optional.of(CALL), "Sorry.")))
                .isEqualTo("{\"action\":\"reject\",\"callId\":\"0b6d3c1e-6a36-4a43-9a1b-1f2f0f1d2a11\",\"prompt\":\"Sorry.\"}");
    }

    @Test
    void aDuplicateHasNoAction() {
        assertThat(render(new CallDecision.Duplicate())).isEqualTo("{\"duplicate\":true}");
    }

    @Test
    void theMediaAddressIsOnlyAskedForAConnect() {
        String json = DecisionJson.render(new CallDecision.Duplicate(), () -> {
            throw new AssertionError("not needed");
        });

        assertThat(json).isEqualTo("{\"duplicate\":true}");
    }
}
