package ai.tavari.domain.billing;

import static ai.tavari.domain.fixtures.DomainFixtures.NOW;
import static ai.tavari.domain.fixtures.DomainFixtures.currentPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    @Test
    void aTrialCoversItsDays() {
        Subscription trial = Subscription.trial("starter", NOW, 14);
        assertThat(trial.status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(trial.currentPeriod().length()).isEqualTo(Duration.ofDays(14));
        assertThat(trial.currentPeriod().start()).isEqualTo(NOW);
        assertThatThrownBy(() -> Subscription.trial("starter", NOW, 0)).extracting("field").isEqualTo("trialDays");
    }

    @Test
    void pastDueNeedsItsStartTime() {
        Subscription active = Subscription.active("starter", currentPeriod());
        assertThatThrownBy(() -> active.withStatus(SubscriptionStatus.PAST_DUE, Optional.empty()))
                .extracting("field").isEqualTo("pastDueSince");
        assertThat(active.withStatus(SubscriptionStatus.PAST_DUE, Optional.of(NOW)).pastDueSince()).contains(NOW);
    }

    @Test
    void withersKeepTheRest() {
        Subscription active = Subscription.active("starter", currentPeriod());
        assertThat(active.withCancelAtPeriodEnd(true).cancelAtPeriodEnd()).isTrue();
        UsagePeriod april = UsagePeriod.of(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(active.withCurrentPeriod(april)).isEqualTo(Subscription.active("starter", april));
        assertThatThrownBy(() -> Subscription.active(" ", currentPeriod())).extracting("field").isEqualTo("planCode");
    }
}
