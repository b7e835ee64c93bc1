package ai.tavari.adapters.billing;

import ai.tavari.domain.shared.CallId;

/**
 * The Stripe Billing Meter of call minutes beyond a plan: its event name (configurable, so two
 * installs can share one Stripe account), the payload keys its events carry, and the identifier
 * that makes Stripe count a call once.
 */
public final class StripeMeter {
    /** MicroProfile Config key of the meter's event name ({@code STRIPE_METER_EVENT_NAME}). */
    public static final String EVENT_NAME = "stripe.meter.event-name";
    public static final String DEFAULT_EVENT_NAME = "tavari_call_minutes";
    static final String CUSTOMER_KEY = "stripe_customer_id";
    static final String VALUE_KEY = "value";

    private StripeMeter() {
    }

    /** The meter event's identifier for a call; Stripe drops a second event with the same one. */
    static String identifier(CallId callId) {
        return "tavari-call-" + callId.value();
    }
}
