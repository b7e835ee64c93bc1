package ai.tavari.adapters.telephony.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.telephony.fixtures.SignedWebhookClient;
import ai.tavari.adapters.telephony.fixtures.SignedWebhookClient.MacEncoding;
import ai.tavari.application.port.in.call.CallDecision;
import ai.tavari.application.port.in.call.TelephonyEvent;
import ai.tavari.application.validation.FieldError;
import ai.tavari.domain.shared.CallId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The webhook as the resource runs it, with fake use cases: signature, body, use case, answer. */
class CallWebhookTest {
    private static final String SECRET = "whsec_vox_test";
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final MediaSocketAddress MEDIA = new MediaSocketAddress("ws://localhost:8080/media/voximplant");
    private static final String STARTED = "{\"id\":\"8812731-1\",\"type\":\"call.started\",\"callId\":\"8A1C0D2E.1\","
            + "\"sessionId\":\"8812731\",\"from\":\"+15551230000\",\"to\":\"+15557654321\",\"ts\":1764067200000}";
    private static final String ENDED = "{\"id\":\"8812731-7\",\"type\":\"call.ended\",\"callId\":\"8A1C0D2E.1\","
            + "\"ts\":1764067260000,\"reason\":\"caller_hangup\",\"durationSeconds\":58}";

    private final FakeCallUseCases useCases = new FakeCallUseCases();
    private final CallWebhook webhook = new CallWebhook(Optional.of(SECRET), Clock.fixed(NOW, ZoneOffset.UTC),
            useCases, useCases);

    private WebhookAnswer deliver(String body) {
        return deliver(body, MacEncoding.HEX);
    }

    private WebhookAnswer deliver(String body, MacEncoding encoding) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return webhook.receive(bytes, SignedWebhookClient.signatureHeader(SECRET, NOW.getEpochSecond(), bytes, encoding),
                () -> MEDIA);
    }

    private static JsonObject json(WebhookAnswer answer) {
        return Json.createReader(new StringReader(((WebhookAnswer.Accepted) answer).json())).readObject();
    }

    @Test
    void callStartedIsAnsweredWithTheDecision() {
        useCases.decision = new CallDecision.Connect(CallId.of("0b6d3c1e-6a36-4a43-9a1b-1f2f0f1d2a11"), "mt1.tok",
                Duration.ofMinutes(30));

        WebhookAnswer answer = deliver(STARTED, MacEncoding.BASE64);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(json(answer).getString("action")).isEqualTo("connect");
        assertThat(json(answer).getString("mediaUrl")).isEqualTo("ws://localhost:8080/media/voximplant?token=mt1.tok");
        assertThat(useCases.commands).singleElement().satisfies(command -> {
            assertThat(command.externalCallId()).isEqualTo("8A1C0D2E.1");
            assertThat(command.receivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aRepeatedCallStartedIsADuplicateWithoutAction() {
        useCases.decision = new CallDecision.Reject(Optional.empty(), "Sorry, this number is not in service.");
        deliver(STARTED);

        assertThat(((WebhookAnswer.Accepted) deliver(STARTED)).json()).isEqualTo("{\"duplicate\":true}");
    }

    @Test
    void laterEventsAreAcknowledgedOnceAndThenAsDuplicates() {
        assertThat(((WebhookAnswer.Accepted) deliver(ENDED)).json()).isEqualTo("{\"ok\":true}");
        assertThat(((WebhookAnswer.Accepted) deliver(ENDED)).json()).isEqualTo("{\"duplicate\":true}");
        assertThat(useCases.events).first().isEqualTo(new TelephonyEvent.CallEnded("8812731-7", "8A1C0D2E.1",
                Instant.ofEpochMilli(1_764_067_260_000L), "caller_hangup"));
    }

    @Test
    void anUnknownCallIsNotFound() {
        WebhookAnswer answer = deliver(ENDED.replace("8A1C0D2E.1", "NOPE.1"));

        assertThat(answer).isEqualTo(WebhookAnswer.Refused.of(404, "not-found", "Not found", "call not found."));
    }

    @Test
    void withoutASecretNothingIsReadOrApplied() {
        CallWebhook unconfigured = new CallWebhook(Optional.of(" "), Clock.fixed(NOW, ZoneOffset.UTC), useCases, useCases);

        WebhookAnswer answer = unconfigured.receive(ENDED.getBytes(StandardCharsets.UTF_8), "t=1,v1=00", () -> MEDIA);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(((WebhookAnswer.Refused) answer).title()).isEqualTo("Telephony is not configured");
        assertThat(useCases.events).isEmpty();
    }

    @Test
    void aBadSignatureIsUnauthorizedAndNothingIsApplied() {
        byte[] body = ENDED.getBytes(StandardCharsets.UTF_8);
        String forged = SignedWebhookClient.signatureHeader("not-the-secret", NOW.getEpochSecond(), body, MacEncoding.HEX);
        String stale = SignedWebhookClient.signatureHeader(SECRET, NOW.getEpochSecond() - 600, body, MacEncoding.HEX);

        for (String header : new String[] {forged, stale, null}) {
            WebhookAnswer answer = webhook.receive(body, header, () -> MEDIA);
            assertThat(answer.status()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(((WebhookAnswer.Refused) answer).slug()).isEqualTo("invalid-signature");
        }
        assertThat(useCases.events).isEmpty();
    }

    @Test
    void invalidFieldsAreA400WithFieldErrors() {
        WebhookAnswer answer = deliver("{\"id\":\"e-1\",\"type\":\"call.started\",\"callId\":\"c\",\"ts\":1}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(((WebhookAnswer.Refused) answer).slug()).isEqualTo("validation");
        assertThat(((WebhookAnswer.Refused) answer).errors()).containsExactly(new FieldError("to", "must not be blank"));
        assertThat(useCases.commands).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsA400() {
        WebhookAnswer answer = deliver("type=call.started");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(((WebhookAnswer.Refused) answer).slug()).isEqualTo("malformed-request");
        assertThat(((WebhookAnswer.Refused) answer).errors()).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void aRefusalRendersAsTheApisProblemJson() {
        WebhookAnswer.Refused refused = new WebhookAnswer.Refused(400, "validation", "Your input has errors",
                "Fix the fields.", List.of(new FieldError("to", "must not be blank")));

        String json = ProblemJson.render(refused, "/api/calls/webhook", "req-1");

        assertThat(json).isEqualTo("{\"type\":\"/problems/validation\",\"title\":\"Your input has errors\",\"status\":400,"
                + "\"detail\":\"Fix the fields.\",\"instance\":\"/api/calls/webhook\",\"requestId\":\"req-1\","
                + "\"errors\":[{\"field\":\"to\",\"message\":\"must not be blank\"}]}");
        assertThat(ProblemJson.render(WebhookAnswer.Refused.of(401, "invalid-signature", "t", "d"), null, null))
                .isEqualTo("{\"type\":\"/problems/invalid-signature\",\"title\":\"t\",\"status\":401,\"detail\":\"d\"}");
    }
}
