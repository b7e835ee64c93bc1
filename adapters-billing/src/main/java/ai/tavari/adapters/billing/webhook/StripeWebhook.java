package ai.tavari.adapters.billing.webhook;

import ai.tavari.application.port.in.billing.BillingEventResult;
import ai.tavari.application.port.in.billing.RecordBillingEvent;
import com.google.gson.JsonParseException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a Stripe webhook delivery (signature over the raw body, timestamp within the tolerance)
 * and hands the event to {@link RecordBillingEvent}. Nothing is applied unless the signature holds.
 */
public class StripeWebhook {
    public static final long TOLERANCE_SECONDS = Webhook.DEFAULT_TOLERANCE;

    private final Optional<String> secret;
    private final RecordBillingEvent recordBillingEvent;

    public StripeWebhook(Optional<String> secret, RecordBillingEvent recordBillingEvent) {
        this.secret = Objects.requireNonNull(secret, "secret").filter(s -> !s.isBlank());
        this.recordBillingEvent = Objects.requireNonNull(recordBillingEvent, "recordBillingEvent");
    }

    /** What a delivery led to: an acknowledgement, or a problem with its HTTP status. */
    public sealed interface Outcome {
        record Acknowledged(String eventId, BillingEventResult result) implements Outcome {
        }

        record Rejected(int status, String slug, String title, String detail) implements Outcome {
        }
    }

    public Outcome receive(byte[] body, String signatureHeader) {
        if (secret.isEmpty()) {
            return new Outcome.Rejected(503, "billing-not-configured", "Billing is not configured",
                    "The Stripe webhook secret (stripe.webhook.secret, STRIPE_WEBHOOK_SECRET) is not set: no event was applied.");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return invalidSignature("The Stripe-Signature header is missing.");
        }
        String payload = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, secret.get(), TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            return invalidSignature(e.getMessage());
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            return malformed("The body is not a Stripe event.");
        }
        if (event == null) {
            return malformed("The body is not a Stripe event.");
        }
        try {
            return new Outcome.Acknowledged(event.getId(), recordBillingEvent.record(StripeEvents.toBillingEvent(event)));
        } catch (MalformedEventException e) {
            return malformed(e.getMessage());
        }
    }

    private static Outcome invalidSignature(String detail) {
        return new Outcome.Rejected(400, "invalid-signature", "The webhook signature is not valid", detail);
    }

    private static Outcome malformed(String detail) {
        return new Outcome.Rejected(400, "malformed-request", "The request could not be read", detail);
    }
}
