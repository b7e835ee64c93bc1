package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.business.BusinessStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionRepository} must do; run against the in-memory fake and the real adapter. */
public abstract class SubscriptionRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");

    protected abstract SubscriptionRepository subscriptions();

    protected abstract BusinessRepository businesses();

    private BusinessId business() {
        Business business = new Business(BusinessId.newId(), "Ana Salon", Optional.empty(), ZoneId.of("Europe/Lisbon"),
                Optional.empty(), Optional.empty(), BusinessStatus.ACTIVE, T0);
        businesses().add(business);
        return business.id();
    }

    private static StoredSubscription trialing(BusinessId business, String suffix) {
        return new StoredSubscription(business, "starter", SubscriptionStatus.TRIALING, Optional.of("cus_" + suffix),
                Optional.of("sub_" + suffix), Optional.of(UsagePeriod.of(T0, T0.plusSeconds(14 * 86_400))), false,
                Optional.empty(), Optional.of(T0), T0.plusSeconds(1));
    }

    @Test
    void findsASavedSubscriptionByBusinessCustomerAndSubscription() {
        BusinessId business = business();
        String suffix = UUID.randomUUID().toString();
        StoredSubscription saved = trialing(business, suffix);

        subscriptions().save(saved);

        assertThat(subscriptions().findByBusiness(business)).contains(saved);
        assertThat(subscriptions().findByCustomerId("cus_" + suffix)).contains(saved);
        assertThat(subscriptions().findBySubscriptionId("sub_" + suffix)).contains(saved);
        assertThat(subscriptions().findBySubscriptionId("sub_" + suffix + "x")).isEmpty();
        assertThat(subscriptions().findByBusiness(BusinessId.newId())).isEmpty();
    }

    @Test
    void aSecondSaveReplacesTheBusinessesSubscription() {
        BusinessId business = business();
        String suffix = UUID.randomUUID().toString();
        subscriptions().save(trialing(business, suffix));
        Instant failed = T0.plusSeconds(3_600);
        StoredSubscription pastDue = new StoredSubscription(business, "pro", SubscriptionStatus.PAST_DUE,
                Optional.of("cus_" + suffix), Optional.of("sub_" + suffix),
                Optional.of(UsagePeriod.of(T0.plusSeconds(60), T0.plusSeconds(31 * 86_400))), true,
                Optional.of(failed), Optional.of(failed), failed.plusSeconds(2));

        subscriptions().save(pastDue);

        assertThat(subscriptions().findByBusiness(business)).contains(pastDue);
        assertThat(subscriptions().findBySubscriptionId("sub_" + suffix)).contains(pastDue);
    }

    @Test
    void keepsASubscriptionWithoutPeriodOrProviderState() {
        BusinessId business = business();
        StoredSubscription linked = new StoredSubscription(business, "starter", SubscriptionStatus.INCOMPLETE,
                Optional.of("cus_" + UUID.randomUUID()), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), T0);

        subscriptions().save(linked);

        assertThat(subscriptions().findByBusiness(business)).contains(linked);
    }

    @Test
    void aSubscriptionIdBelongsToOneBusiness() {
        String suffix = UUID.randomUUID().toString();
        BusinessId first = business();
        BusinessId second = business();
        subscriptions().save(trialing(first, suffix));

        assertThatThrownBy(() -> subscriptions().save(trialing(second, suffix)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(subscriptions().findByBusiness(second)).isEmpty();
        assertThat(subscriptions().findBySubscriptionId("sub_" + suffix).orElseThrow().businessId()).isEqualTo(first);
    }
}
