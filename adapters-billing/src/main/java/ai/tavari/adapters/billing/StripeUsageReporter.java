package ai.tavari.adapters.billing;

import ai.tavari.application.port.out.UsageReporter;
import ai.tavari.domain.shared.CallId;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.billing.MeterEventCreateParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Overage minutes as Stripe Billing Meter events ({@code POST /v1/billing/meter_events}) on the meter
 * the catalogue sync creates. The event's {@code identifier} is derived from the call, so Stripe
 * counts a call once however often it is reported; the same value as idempotency key makes a retry
 * within a day replay the first answer. Without {@code stripe.secret.key} it reports nothing.
 */
@ApplicationScoped
public class StripeUsageReporter implements UsageReporter {
    @Inject
    @ConfigProperty(name = StripeClients.SECRET_KEY)
    Optional<String> secretKey;
    @Inject
    @ConfigProperty(name = StripeClients.API_BASE)
    Optional<String> apiBase;
    @Inject
    @ConfigProperty(name = StripeMeter.EVENT_NAME, defaultValue = StripeMeter.DEFAULT_EVENT_NAME)
    String eventName;

    private Optional<StripeClient> client = Optional.empty();

    protected StripeUsageReporter() {
    }

    public StripeUsageReporter(Optional<StripeClient> client, String eventName) {
        this.client = client;
        this.eventName = eventName;
    }

    @PostConstruct
    void connect() {
        client = StripeClients.create(secretKey, apiBase);
    }

    @Override
    public boolean isConfigured() {
        return client.isPresent();
    }

    @Override
    public void reportOverage(String customerId, CallId callId, long minutes, Instant at) {
        if (client.isEmpty() || minutes <= 0) {
            return;
        }
        String identifier = StripeMeter.identifier(callId);
        try {
            client.get().v1().billing().meterEvents().create(MeterEventCreateParams.builder()
                            .setEventName(eventName)
                            .setIdentifier(identifier)
                            .setTimestamp(at.getEpochSecond())
                            .putPayload(StripeMeter.CUSTOMER_KEY, customerId)
                            .putPayload(StripeMeter.VALUE_KEY, Long.toString(minutes))
                            .build(),
                    RequestOptions.builder().setIdempotencyKey(identifier).build());
        } catch (StripeException e) {
            throw StripeFailures.of("reporting " + minutes + " overage minutes of call " + callId + " to Stripe", e);
        }
    }
}
