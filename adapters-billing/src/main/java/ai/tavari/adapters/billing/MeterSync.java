package ai.tavari.adapters.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.billing.Meter;
import com.stripe.net.RequestOptions;
import com.stripe.param.billing.MeterCreateParams;
import com.stripe.param.billing.MeterListParams;
import java.util.List;
import java.util.Optional;

/**
 * Finds the call-minutes meter by its event name, or creates it: minutes summed per customer, the
 * customer taken from the event's {@code stripe_customer_id}, the minutes from its {@code value}.
 * An event name is unique in a Stripe account, so an inactive meter of that name is reactivated.
 */
final class MeterSync {
    private final StripeClient stripe;
    private final String eventName;

    MeterSync(StripeClient stripe, String eventName) {
        this.stripe = stripe;
        this.eventName = eventName;
    }

    /** The meter's id; {@code changes} gets a line if it had to be created or reactivated. */
    String ensure(List<String> changes) throws StripeException {
        Optional<Meter> existing = stripe.v1().billing().meters().list(MeterListParams.builder().setLimit(100L).build())
                .getData().stream().filter(m -> eventName.equals(m.getEventName())).findFirst();
        if (existing.isPresent()) {
            Meter meter = existing.get();
            if ("inactive".equals(meter.getStatus())) {
                stripe.v1().billing().meters().reactivate(meter.getId());
                changes.add("reactivated meter " + meter.getId() + " (" + eventName + ")");
            }
            return meter.getId();
        }
        Meter created = stripe.v1().billing().meters().create(MeterCreateParams.builder()
                        .setDisplayName("Tavari call minutes beyond the plan")
                        .setEventName(eventName)
                        .setDefaultAggregation(MeterCreateParams.DefaultAggregation.builder()
                                .setFormula(MeterCreateParams.DefaultAggregation.Formula.SUM).build())
                        .setCustomerMapping(MeterCreateParams.CustomerMapping.builder()
                                .setType(MeterCreateParams.CustomerMapping.Type.BY_ID)
                                .setEventPayloadKey(StripeMeter.CUSTOMER_KEY).build())
                        .setValueSettings(MeterCreateParams.ValueSettings.builder()
                                .setEventPayloadKey(StripeMeter.VALUE_KEY).build())
                        .build(),
                RequestOptions.builder().setIdempotencyKey("meter:" + eventName).build());
        changes.add("created meter " + created.getId() + " (" + eventName + ")");
        return created.getId();
    }
}
