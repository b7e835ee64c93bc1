package ai.tavari.adapters.telephony.webhook;

import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.call.AuthorizeIncomingCall;
import ai.tavari.application.port.in.call.RecordTelephonyEvent;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.shared.DomainValidationException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One delivery of the scenario's webhook: signature first (nothing is read or applied unless it
 * holds), then the body, then the use case. Failures of the use case other than bad input and
 * unknown calls propagate (the API answers them as 500 problems).
 */
public final class CallWebhook {
    static final String OK = "{\"ok\":true}";
    static final String DUPLICATE = "{\"duplicate\":true}";
    private static final String FIX_FIELDS = "Fix the fields listed in errors and send the event again.";

    private final Optional<String> secret;
    private final Clock clock;
    private final AuthorizeIncomingCall authorizeIncomingCall;
    private final RecordTelephonyEvent recordTelephonyEvent;

    public CallWebhook(Optional<String> secret, Clock clock, AuthorizeIncomingCall authorizeIncomingCall,
                       RecordTelephonyEvent recordTelephonyEvent) {
        this.secret = Objects.requireNonNull(secret, "secret").filter(s -> !s.isBlank());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.authorizeIncomingCall = Objects.requireNonNull(authorizeIncomingCall, "authorizeIncomingCall");
        this.recordTelephonyEvent = Objects.requireNonNull(recordTelephonyEvent, "recordTelephonyEvent");
    }

    /** @param media where the media socket is, asked only for a {@code connect} decision */
    public WebhookAnswer receive(byte[] body, String signatureHeader, Supplier<MediaSocketAddress> media) {
        if (secret.isEmpty()) {
            return WebhookAnswer.Refused.of(503, "telephony-not-configured", "Telephony is not configured",
                    "The webhook secret (voximplant.webhook.secret, VOXIMPLANT_WEBHOOK_SECRET) is not set: no event was applied.");
        }
        try {
            new WebhookSignature(secret.get(), clock).verify(signatureHeader, body);
        } catch (InvalidSignatureException e) {
            return WebhookAnswer.Refused.of(401, "invalid-signature", "The webhook signature is not valid",
                    "Refused: " + e.getMessage() + ".");
        }
        try {
            WebhookEvent event = WebhookEvents.parse(body, clock.instant());
            if (event instanceof WebhookEvent.CallStarted started) {
                return new WebhookAnswer.Accepted(DecisionJson.render(authorizeIncomingCall.decide(started.command()), media));
            }
            boolean applied = recordTelephonyEvent.record(((WebhookEvent.CallUpdate) event).event());
            return new WebhookAnswer.Accepted(applied ? OK : DUPLICATE);
        } catch (MalformedBodyException e) {
            return new WebhookAnswer.Refused(400, "malformed-request", "The request could not be read", e.getMessage(),
                    List.of(new FieldError("body", "must be a JSON object")));
        } catch (InvalidCommandException e) {
            return new WebhookAnswer.Refused(400, "validation", "Your input has errors", FIX_FIELDS, e.errors());
        } catch (DomainValidationException e) {
            return new WebhookAnswer.Refused(400, "validation", "Your input has errors", FIX_FIELDS,
                    List.of(new FieldError(e.field(), e.getMessage())));
        } catch (NotFoundException e) {
            return WebhookAnswer.Refused.of(404, "not-found", "Not found", e.getMessage() + ".");
        }
    }
}
