package ai.tavari.application.port.in.billing;

import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified event from the payment provider, in the product's terms. {@code id} is the
 * provider's event id (each is applied once); {@code created} its timestamp, which orders
 * subscription states. {@code businessReference} is the business id the checkout was started
 * for, as the provider echoes it back (client reference or metadata).
 */
public sealed interface BillingEvent {
    String id();

    Instant created();

    /** The owner finished checkout: the business now has a customer and a subscription. */
    record CheckoutCompleted(String id, Instant created, Optional<String> businessReference, String customerId,
                             Optional<String> subscriptionId, Optional<String> planCode, boolean paymentSettled)
            implements BillingEvent {
        public CheckoutCompleted {
            check(id, created);
            businessReference = Objects.requireNonNullElse(businessReference, Optional.empty());
            requireText(customerId, "customerId");
            subscriptionId = Objects.requireNonNullElse(subscriptionId, Optional.empty());
            planCode = Objects.requireNonNullElse(planCode, Optional.empty());
        }
    }

    /** The subscription was created, changed or ended ({@code status} is then {@code CANCELED}). */
    record SubscriptionChanged(String id, Instant created, String subscriptionId, String customerId,
                               SubscriptionStatus status, Optional<UsagePeriod> currentPeriod, boolean cancelScheduled,
                               Optional<String> businessReference, Optional<String> planCode)
            implements BillingEvent {
        public SubscriptionChanged {
            check(id, created);
            requireText(subscriptionId, "subscriptionId");
            requireText(customerId, "customerId");
            Objects.requireNonNull(status, "status");
            currentPeriod = Objects.requireNonNullElse(currentPeriod, Optional.empty());
            businessReference = Objects.requireNonNullElse(businessReference, Optional.empty());
            planCode = Objects.requireNonNullElse(planCode, Optional.empty());
        }
    }

    /** An invoice was paid ({@code paid}) or a payment attempt failed. */
    record InvoiceSettled(String id, Instant created, String customerId, Optional<String> subscriptionId, boolean paid)
            implements BillingEvent {
        public InvoiceSettled {
            check(id, created);
            requireText(customerId, "customerId");
            subscriptionId = Objects.requireNonNullElse(subscriptionId, Optional.empty());
        }
    }

    /** Any other event: acknowledged and recorded, without effect. */
    record Other(String id, Instant created, String type) implements BillingEvent {
        public Other {
            check(id, created);
            Objects.requireNonNull(type, "type");
        }
    }

    private static void check(String id, Instant created) {
        requireText(id, "id");
        Objects.requireNonNull(created, "created");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
