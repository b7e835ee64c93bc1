package ai.tavari.adapters.telephony.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.in.call.IncomingCallCommand;
import ai.tavari.application.port.in.call.TelephonyEvent;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-25T08:00:01Z");
    private static final Instant TS = Instant.ofEpochMilli(1_764_067_200_000L);

    private static WebhookEvent parse(String json) {
        return WebhookEvents.parse(json.getBytes(StandardCharsets.UTF_8), RECEIVED);
    }

    private static List<FieldError> errors(String json) {
        try {
            parse(json);
        } catch (InvalidCommandException e) {
            return e.errors();
        }
        throw new AssertionError("no validation errors for " + json);
    }

    private static List<String> fields(String json) {
        return errors(json).stream().map(FieldError::field).toList();
    }

    @Test
    void callStartedBecomesTheIncomingCallCommand() {
        WebhookEvent event = parse("{\"id\":\"8812731-1\",\"type\":\"call.started\",\"callId\":\"8A1C0D2E.1\","
                + "\"sessionId\":\"8812731\",\"from\":\"+15551230000\",\"to\":\"+15557654321\",\"ts\":1764067200000}");

        assertThat(event).isEqualTo(new WebhookEvent.CallStarted(
                new IncomingCallCommand("8812731-1", "8A1C0D2E.1", "+15551230000", "+15557654321", RECEIVED)));
    }

    @Test
    void anAnonymousOrMissingCallerIsAllowed() {
        WebhookEvent anonymous = parse("{\"id\":\"1-1\",\"type\":\"call.started\",\"callId\":\"c\",\"from\":\"anonymous\","
                + "\"to\":\"+15557654321\",\"ts\":1}");
        WebhookEvent missing = parse("{\"id\":\"1-1\",\"type\":\"call.started\",\"callId\":\"c\",\"from\":null,"
                + "\"to\":\"+15557654321\",\"ts\":1}");

        assertThat(((WebhookEvent.CallStarted) anonymous).command().from()).isEqualTo("anonymous");
        assertThat(((WebhookEvent.CallStarted) missing).command().from()).isEmpty();
    }

    @Test
    void callEndedCarriesTheScenarioTimeAndReason() {
        WebhookEvent event = parse("{\"id\":\"8812731-7\",\"type\":\"call.ended\",\"callId\":\"8A1C0D2E.1\","
                + "\"ts\":1764067200000,\"reason\":\"caller_hangup\",\"durationSeconds\":58}");

        assertThat(event).isEqualTo(new WebhookEvent.CallUpdate(
                new TelephonyEvent.CallEnded("8812731-7", "8A1C0D2E.1", TS, "caller_hangup")));
    }

    @Test
    void transferResultWithAndWithoutACode() {
        WebhookEvent failed = parse("{\"id\":\"8812731-5\",\"type\":\"transfer.result\",\"callId\":\"8A1C0D2E.1\","
                + "\"ts\":1764067200000,\"to\":\"+15551112222\",\"success\":false,\"code\":486}");
        WebhookEvent connected = parse("{\"id\":\"8812731-6\",\"type\":\"transfer.result\",\"callId\":\"8A1C0D2E.1\","
                + "\"ts\":1764067200000,\"to\":\"+15551112222\",\"success\":true}");

        assertThat(failed).isEqualTo(new WebhookEvent.CallUpdate(new TelephonyEvent.TransferResult(
                "8812731-5", "8A1C0D2E.1", TS, false, Optional.of(486))));
        assertThat(connected).isEqualTo(new WebhookEvent.CallUpdate(new TelephonyEvent.TransferResult(
                "8812731-6", "8A1C0D2E.1", TS, true, Optional.empty())));
    }

    @Test
    void recordingReadyCarriesUrlAndDuration() {
        WebhookEvent event = parse("{\"id\":\"8812731-8\",\"type\":\"recording.ready\",\"callId\":\"8A1C0D2E.1\","
                + "\"ts\":1764067200000,\"url\":\"https://storage.example/records/abc.mp3\",\"durationSeconds\":21}");

        assertThat(event).isEqualTo(new WebhookEvent.CallUpdate(new TelephonyEvent.RecordingReady(
                "8812731-8", "8A1C0D2E.1", TS, "https://storage.example/records/abc.mp3", 21)));
    }

    @Test
    void membersTheServerDoesNotReadAreIgnored() {
        WebhookEvent event = parse("{\"id\":\"e-1\",\"type\":\"call.ended\",\"callId\":\"c\",\"ts\":1,"
                + "\"reason\":\"failed\",\"extra\":{\"nested\":[1,2]},\"durationSeconds\":\"not read\"}");

        assertThat(((WebhookEvent.CallUpdate) event).event()).isInstanceOf(TelephonyEvent.CallEnded.class);
    }

    @Test
    void missingRequiredFieldsAreNamedTogether() {
        assertThat(fields("{\"type\":\"call.started\",\"ts\":1}")).containsExactlyInAnyOrder("id", "callId", "to");
        assertThat(fields("{\"id\":\"e-1\",\"type\":\"call.ended\",\"callId\":\"c\"}")).containsExactly("ts");
        assertThat(fields("{\"id\":\"e-1\",\"type\":\"transfer.result\",\"callId\":\"c\",\"ts\":1}"))
                .containsExactly("success");
        assertThat(fields("{\"id\":\"e-1\",\"type\":\"recording.ready\",\"callId\":\"c\",\"ts\":1}"))
                .containsExactlyInAnyOrder("url", "durationSeconds");
    }

    @Test
    void wrongTypesAreFieldErrors() {
        List<FieldError> errors = errors("{\"id\":7,\"type\":\"transfer.result\",\"callId\":\"c\",\"ts\":\"yesterday\","
                + "\"success\":\"yes\",\"code\":4.5}");

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("id", "ts", "success", "code");
        assertThat(errors).filteredOn(e -> e.field().equals("id")).extracting(FieldError::message)
                .containsExactly("must be a string");
        assertThat(errors).filteredOn(e -> e.field().equals("success")).extracting(FieldError::message)
                .containsExactly("must be true or false");
    }

    @Test
    void theCommandsOwnRulesAreReported() {
        List<FieldError> errors = errors("{\"id\":\"" + "x".repeat(256) + "\",\"type\":\"recording.ready\",\"callId\":\"c\","
                + "\"ts\":1,\"url\":\"ftp://storage.example/a.mp3\",\"durationSeconds\":-1}");

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("id", "url", "durationSeconds");
    }

    @Test
    void anUnknownOrMissingTypeIsAFieldError() {
        assertThat(errors("{\"id\":\"e-1\",\"type\":\"call.exploded\",\"callId\":\"c\",\"ts\":1}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("type",
                        "must be one of call.started, call.ended, transfer.result, recording.ready"));
        assertThat(fields("{\"id\":\"e-1\",\"callId\":\"c\",\"ts\":1}")).containsExactly("type");
        assertThat(fields("{\"id\":\"e-1\",\"type\":5,\"callId\":\"c\",\"ts\":1}")).containsExactly("type");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsMalformed() {
        for (String body : new String[] {"", "{\"id\":", "[1,2]", "\"call.started\"", "null", "{} {}"}) {
            assertThatThrownBy(() -> parse(body)).as(body).isInstanceOf(MalformedBodyException.class);
        }
    }
}
