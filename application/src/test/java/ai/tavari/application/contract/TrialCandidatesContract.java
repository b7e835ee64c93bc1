package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.port.out.notification.TrialCandidates;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TrialCandidates} query must find; run against the in-memory fake and the real adapter. */
public abstract class TrialCandidatesContract {
    /** Each test gets its own far-apart time range, so businesses of other tests never fall in it. */
    private static final Instant BASE = Instant.parse("2031-01-01T00:00:00Z");

    protected abstract TrialCandidates trials();

    protected abstract BusinessRepository businesses();

    protected abstract SubscriptionRepository subscriptions();

    @Test
    void findsBusinessesWithoutSubscriptionThatSignedUpInTheRange() {
        Instant t = BASE;
        BusinessId inside = business(t.plusSeconds(10));
        BusinessId atStart = business(t);
        business(t.plusSeconds(100));
        business(t.minusSeconds(1));
        BusinessId subscribed = business(t.plusSeconds(20));
        subscribe(subscribed, SubscriptionStatus.ACTIVE, t.plus(Duration.ofDays(400)));

        List<BusinessId> found = trials().find(t, t.plusSeconds(100), t.minus(Duration.ofDays(3650)),
                t.minus(Duration.ofDays(3649)));

        assertThat(found).containsExactlyInAnyOrder(inside, atStart);
    }

    @Test
    void findsTrialingSubscriptionsWhosePeriodEndsInTheRange() {
        Instant t = BASE.plus(Duration.ofDays(1000));
        BusinessId ending = business(t.minus(Duration.ofDays(500)));
        subscribe(ending, SubscriptionStatus.TRIALING, t.plusSeconds(50));
        BusinessId endingLater = business(t.minus(Duration.ofDays(500)));
        subscribe(endingLater, SubscriptionStatus.TRIALING, t.plusSeconds(100));
        BusinessId active = business(t.minus(Duration.ofDays(500)));
        subscribe(active, SubscriptionStatus.ACTIVE, t.plusSeconds(50));

        List<BusinessId> found = trials().find(t.minus(Duration.ofDays(3650)), t.minus(Duration.ofDays(3649)),
                t, t.plusSeconds(100));

        assertThat(found).containsExactly(ending);
    }

    private BusinessId business(Instant signedUp) {
        Business business = Business.signedUp(BusinessId.newId(), "Trial Shop", signedUp);
        businesses().add(business);
        return business.id();
    }

    private void subscribe(BusinessId business, SubscriptionStatus status, Instant periodEnd) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        subscriptions().save(new StoredSubscription(business, "starter", status, Optional.of("cus_" + suffix),
                Optional.of("sub_" + suffix), Optional.of(UsagePeriod.of(periodEnd.minus(Duration.ofDays(14)), periodEnd)),
                false, Optional.empty(), Optional.of(periodEnd.minus(Duration.ofDays(14))),
                periodEnd.minus(Duration.ofDays(14))));
    }
}
