package ai.tavari.adapters.telephony.webhook;

import ai.tavari.adapters.telephony.Jsonp;
import ai.tavari.application.port.in.call.IncomingCallCommand;
import ai.tavari.application.port.in.call.TelephonyEvent;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Reads a webhook body (CONTRACT.md §1) into the port's command or event. Members the product
 * does not use ({@code sessionId}, {@code durationSeconds} of a call, a transfer's {@code to})
 * and unknown members are ignored, so the scenario may send more than the server reads.
 */
final class WebhookEvents {
    static final String CALL_STARTED = "call.started";
    static final String CALL_ENDED = "call.ended";
    static final String TRANSFER_RESULT = "transfer.result";
    static final String RECORDING_READY = "recording.ready";
    private static final String TYPES = String.join(", ", CALL_STARTED, CALL_ENDED, TRANSFER_RESULT, RECORDING_READY);

    private WebhookEvents() {
    }

    /**
     * @param receivedAt when the server got the call (a new call's time is the server's, not the scenario's)
     * @throws MalformedBodyException if the body is not a JSON object
     * @throws InvalidCommandException listing every missing, mistyped or invalid field
     */
    static WebhookEvent parse(byte[] body, Instant receivedAt) {
        JsonObject json = object(body);
        JsonFields fields = new JsonFields(json);
        String type = fields.text("type");
        String id = fields.text("id");
        String callId = fields.text("callId");
        Instant at = fields.requiredEpochMillis("ts");
        if (type == null) {
            if (fields.errors().stream().noneMatch(e -> e.field().equals("type"))) {
                fields.reject("type", "is required: one of " + TYPES);
            }
            return build(fields, () -> null);
        }
        return switch (type) {
            case CALL_STARTED -> {
                String from = fields.text("from");
                String to = fields.text("to");
                yield build(fields, () -> new WebhookEvent.CallStarted(
                        new IncomingCallCommand(id, callId, from, to, receivedAt)));
            }
            case CALL_ENDED -> {
                String reason = fields.text("reason");
                yield build(fields, () -> new WebhookEvent.CallUpdate(
                        new TelephonyEvent.CallEnded(id, callId, at, reason)));
            }
            case TRANSFER_RESULT -> {
                boolean success = fields.requiredBoolean("success");
                var code = fields.wholeNumberAsInt("code");
                yield build(fields, () -> new WebhookEvent.CallUpdate(
                        new TelephonyEvent.TransferResult(id, callId, at, success, code)));
            }
            case RECORDING_READY -> {
                String url = fields.text("url");
                int duration = fields.requiredInt("durationSeconds");
                yield build(fields, () -> new WebhookEvent.CallUpdate(
                        new TelephonyEvent.RecordingReady(id, callId, at, url, duration)));
            }
            default -> {
                fields.reject("type", "must be one of " + TYPES);
                yield build(fields, () -> null);
            }
        };
    }

    /** Builds the record (whose constructor validates itself) and reports its errors with the type errors. */
    private static WebhookEvent build(JsonFields fields, Supplier<WebhookEvent> construction) {
        List<FieldError> errors = new ArrayList<>(fields.errors());
        WebhookEvent event = null;
        try {
            event = construction.get();
        } catch (InvalidCommandException invalid) {
            for (FieldError error : invalid.errors()) {
                if (errors.stream().noneMatch(known -> known.field().equals(error.field()))) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty() || event == null) {
            throw new InvalidCommandException(errors);
        }
        return event;
    }

    private static JsonObject object(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedBodyException("The body is empty; a JSON object was expected.");
        }
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new ByteArrayInputStream(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new MalformedBodyException("The body is JSON but not an object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new MalformedBodyException("The body has more than one JSON value.");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new MalformedBodyException("The body is not valid JSON.");
        }
    }
}
