package ai.tavari.adapters.billing.webhook;

import ai.tavari.adapters.billing.LookupKeys;
import ai.tavari.application.port.in.billing.BillingEvent;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.stripe.model.Event;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a verified Stripe event into the product's {@link BillingEvent}. The object is read from
 * the event's raw JSON, so an event rendered in another API version than the SDK's still reads
 * the few fields the product needs (all present since the basil API version).
 */
final class StripeEvents {
    static final String BUSINESS_ID = "business_id";
    static final String PLAN = "plan";

    private StripeEvents() {
    }

    /** @throws MalformedEventException if a handled event lacks what it must carry */
    static BillingEvent toBillingEvent(Event event) {
        if (event.getId() == null || event.getType() == null || event.getCreated() == null
                || event.getDataObjectDeserializer() == null) {
            throw new MalformedEventException("the event has no id, type, created time or data");
        }
        Instant created = Instant.ofEpochSecond(event.getCreated());
        String type = event.getType();
        switch (type) {
            case "checkout.session.completed", "customer.subscription.created", "customer.subscription.updated",
                 "customer.subscription.deleted", "invoice.paid", "invoice.payment_failed" -> {
            }
            default -> {
                return new BillingEvent.Other(event.getId(), created, type);
            }
        }
        JsonObject object = dataObject(event);
        try {
            return switch (type) {
                case "checkout.session.completed" -> new BillingEvent.CheckoutCompleted(event.getId(), created,
                        metadata(object, BUSINESS_ID).or(() -> text(object, "client_reference_id")),
                        required(object, "customer"), text(object, "subscription"), metadata(object, PLAN),
                        text(object, "payment_status").filter(s -> !s.equals("unpaid")).isPresent());
                case "invoice.paid", "invoice.payment_failed" -> new BillingEvent.InvoiceSettled(event.getId(), created,
                        required(object, "customer"), invoiceSubscription(object), type.equals("invoice.paid"));
                default -> subscriptionChanged(event.getId(), created, type, object);
            };
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw new MalformedEventException("the " + type + " event's object is not as expected: " + e.getMessage());
        }
    }

    private static BillingEvent subscriptionChanged(String id, Instant created, String type, JsonObject object) {
        Optional<SubscriptionStatus> status = text(object, "status").flatMap(StripeEvents::status);
        if (status.isEmpty()) {
            // A status newer than this SDK knows: acknowledged, not applied.
            return new BillingEvent.Other(id, created, type);
        }
        boolean cancelScheduled = bool(object, "cancel_at_period_end") || text(object, "cancel_at").isPresent();
        return new BillingEvent.SubscriptionChanged(id, created, required(object, "id"), required(object, "customer"),
                type.equals("customer.subscription.deleted") ? SubscriptionStatus.CANCELED : status.get(),
                period(object), cancelScheduled, metadata(object, BUSINESS_ID),
                pricedPlan(object).or(() -> metadata(object, PLAN)));
    }

    static Optional<SubscriptionStatus> status(String stripeStatus) {
        try {
            SubscriptionStatus status = SubscriptionStatus.valueOf(stripeStatus.toUpperCase(Locale.ROOT));
            return status == SubscriptionStatus.NONE ? Optional.empty() : Optional.of(status);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The earliest item period: the subscription's own period fields were removed in basil. */
    private static Optional<UsagePeriod> period(JsonObject subscription) {
        Optional<JsonObject> items = child(subscription, "items");
        if (items.isEmpty() || !items.get().has("data") || !items.get().get("data").isJsonArray()) {
            return Optional.empty();
        }
        UsagePeriod earliest = null;
        for (JsonElement element : items.get().getAsJsonArray("data")) {
            JsonObject item = element.getAsJsonObject();
            Optional<String> start = text(item, "current_period_start");
            Optional<String> end = text(item, "current_period_end");
            if (start.isPresent() && end.isPresent()) {
                UsagePeriod period = UsagePeriod.of(Instant.ofEpochSecond(Long.parseLong(start.get())),
                        Instant.ofEpochSecond(Long.parseLong(end.get())));
                if (earliest == null || period.end().isBefore(earliest.end())) {
                    earliest = period;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    /**
     * The plan of the subscription's prices (their {@code plan} metadata, else their Tavari lookup key).
     * It wins over the subscription's own metadata, which still names the plan bought at checkout
     * after the owner switched plans in the Billing Portal.
     */
    private static Optional<String> pricedPlan(JsonObject subscription) {
        Optional<JsonObject> items = child(subscription, "items");
        if (items.isEmpty() || !items.get().has("data") || !items.get().get("data").isJsonArray()) {
            return Optional.empty();
        }
        for (JsonElement item : items.get().getAsJsonArray("data")) {
            Optional<String> plan = Optional.of(item).filter(JsonElement::isJsonObject)
                    .flatMap(i -> child(i.getAsJsonObject(), "price"))
                    .flatMap(price -> metadata(price, PLAN).or(() -> text(price, "lookup_key").flatMap(LookupKeys::planOf)));
            if (plan.isPresent()) {
                return plan;
            }
        }
        return Optional.empty();
    }

    /** Since basil the invoice names its subscription only under {@code parent.subscription_details}. */
    private static Optional<String> invoiceSubscription(JsonObject invoice) {
        return child(invoice, "parent").flatMap(parent -> child(parent, "subscription_details"))
                .flatMap(details -> text(details, "subscription"))
                .or(() -> text(invoice, "subscription"));
    }

    private static JsonObject dataObject(Event event) {
        try {
            JsonElement raw = com.google.gson.JsonParser.parseString(event.getDataObjectDeserializer().getRawJson());
            if (!raw.isJsonObject()) {
                throw new MalformedEventException("the event's data object is not a JSON object");
            }
            return raw.getAsJsonObject();
        } catch (RuntimeException e) {
            if (e instanceof MalformedEventException malformed) {
                throw malformed;
            }
            throw new MalformedEventException("the event's data object cannot be read");
        }
    }

    private static Optional<String> metadata(JsonObject object, String key) {
        return child(object, "metadata").flatMap(metadata -> text(metadata, key));
    }

    private static Optional<JsonObject> child(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    /** A string or number member; an expanded object's {@code id} counts as its value. */
    private static Optional<String> text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (value.isJsonObject()) {
            return text(value.getAsJsonObject(), "id");
        }
        if (!value.isJsonPrimitive()) {
            return Optional.empty();
        }
        String s = value.getAsString();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static String required(JsonObject object, String key) {
        return text(object, key).orElseThrow(() -> new MalformedEventException("the event's object has no " + key));
    }

    private static boolean bool(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
    }
}
