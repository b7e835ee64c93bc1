package ai.tavari.adapters.persistence.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "subscriptions")
public class SubscriptionEntity {
    @Id
    @Column(name = "business_id")
    UUID businessId;
    @Column(name = "plan_code", nullable = false)
    String planCode;
    @Column(nullable = false)
    String status;
    @Column(name = "stripe_customer_id")
    String customerId;
    @Column(name = "stripe_subscription_id")
    String subscriptionId;
    @Column(name = "current_period_start")
    OffsetDateTime currentPeriodStart;
    @Column(name = "current_period_end")
    OffsetDateTime currentPeriodEnd;
    @Column(name = "cancel_at_period_end", nullable = false)
    boolean cancelAtPeriodEnd;
    @Column(name = "past_due_since")
    OffsetDateTime pastDueSince;
    @Column(name = "state_as_of")
    OffsetDateTime stateAsOf;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
    @Version
    long version;
}
