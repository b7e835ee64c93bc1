package ai.tavari.adapters.persistence.billing;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** {@code subscriptions}: statuses are stored as the provider spells them ({@code past_due}). */
@ApplicationScoped
public class JpaSubscriptionRepository implements SubscriptionRepository {
    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaSubscriptionRepository() {
    }

    public JpaSubscriptionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<StoredSubscription> findByBusiness(BusinessId businessId) {
        return Optional.ofNullable(em.find(SubscriptionEntity.class, businessId.value())).map(this::toDomain);
    }

    @Override
    public Optional<StoredSubscription> findByCustomerId(String customerId) {
        return em.createQuery("select s from SubscriptionEntity s where s.customerId = :id"
                        + " order by s.updatedAt desc", SubscriptionEntity.class)
                .setParameter("id", customerId).setMaxResults(1)
                .getResultStream().findFirst().map(this::toDomain);
    }

    @Override
    public Optional<StoredSubscription> findBySubscriptionId(String subscriptionId) {
        return em.createQuery("select s from SubscriptionEntity s where s.subscriptionId = :id", SubscriptionEntity.class)
                .setParameter("id", subscriptionId)
                .getResultStream().findFirst().map(this::toDomain);
    }

    @Override
    public void save(StoredSubscription subscription) {
        subscription.subscriptionId().flatMap(this::findBySubscriptionId)
                .filter(other -> !other.businessId().equals(subscription.businessId()))
                .ifPresent(other -> {
                    throw new IllegalStateException("subscription " + subscription.subscriptionId().get()
                            + " belongs to another business");
                });
        SubscriptionEntity row = em.find(SubscriptionEntity.class, subscription.businessId().value());
        boolean isNew = row == null;
        if (isNew) {
            row = new SubscriptionEntity();
            row.businessId = subscription.businessId().value();
        }
        row.planCode = subscription.planCode();
        row.status = subscription.status().name().toLowerCase(Locale.ROOT);
        row.customerId = subscription.customerId().orElse(null);
        row.subscriptionId = subscription.subscriptionId().orElse(null);
        row.currentPeriodStart = Timestamps.toColumnMicros(subscription.currentPeriod().map(UsagePeriod::start).orElse(null));
        row.currentPeriodEnd = Timestamps.toColumnMicros(subscription.currentPeriod().map(UsagePeriod::end).orElse(null));
        row.cancelAtPeriodEnd = subscription.cancelAtPeriodEnd();
        row.pastDueSince = Timestamps.toColumnMicros(subscription.pastDueSince().orElse(null));
        row.stateAsOf = Timestamps.toColumnMicros(subscription.stateAsOf().orElse(null));
        row.updatedAt = Timestamps.toColumnMicros(subscription.updatedAt());
        if (isNew) {
            em.persist(row);
        }
        em.flush();
    }

    private StoredSubscription toDomain(SubscriptionEntity row) {
        Optional<UsagePeriod> period = row.currentPeriodStart == null ? Optional.empty()
                : Optional.of(UsagePeriod.of(Timestamps.fromColumn(row.currentPeriodStart),
                        Timestamps.fromColumn(row.currentPeriodEnd)));
        return new StoredSubscription(new BusinessId(row.businessId), row.planCode,
                SubscriptionStatus.valueOf(row.status.toUpperCase(Locale.ROOT)),
                Optional.ofNullable(row.customerId), Optional.ofNullable(row.subscriptionId), period,
                row.cancelAtPeriodEnd, Optional.ofNullable(Timestamps.fromColumn(row.pastDueSince)),
                Optional.ofNullable(Timestamps.fromColumn(row.stateAsOf)), Timestamps.fromColumn(row.updatedAt));
    }
}
