package ai.tavari.application.port.in.call;

import ai.tavari.application.validation.Validation;
import java.time.Instant;
import java.util.Objects;

/**
 * The telephony provider reports a new call: event {@code eventId} (for idempotency), its own id
 * for the call, who called ({@code from}, as sent; may be blank) and which number was dialled.
 */
public record IncomingCallCommand(String eventId, String externalCallId, String from, String to, Instant receivedAt) {
    public static final int MAX_ID_LENGTH = 128;
    public static final int MAX_NUMBER_LENGTH = 255;

    public IncomingCallCommand {
        Validation validation = new Validation();
        validation.notBlank(eventId, "id").maxLength(eventId, 255, "id");
        validation.notBlank(externalCallId, "callId").maxLength(externalCallId, MAX_ID_LENGTH, "callId");
        validation.maxLength(from, MAX_NUMBER_LENGTH, "from");
        validation.notBlank(to, "to").maxLength(to, MAX_NUMBER_LENGTH, "to");
        validation.throwIfInvalid();
        eventId = eventId.strip();
        externalCallId = externalCallId.strip();
        from = from == null ? "" : from.strip();
        to = to.strip();
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
