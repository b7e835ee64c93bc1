package ai.tavari.application.service.number;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NumberReleasesTest {
    private static final PhoneNumber FIRST = PhoneNumber.of("+14155550101");
    private static final Duration GRACE = NumberFixture.SETTINGS.releaseGrace();

    private final NumberFixture f = new NumberFixture();
    private final BusinessId business = f.business("+14155550123");

    private void subscription(SubscriptionStatus status) {
        f.releases.subscriptionChanged(business, status, f.clock.instant());
    }

    /** The periodic check, once the server started. */
    private void check() {
        f.service.start();
        f.scheduler.runPeriodic();
    }

    @Test
    void theNumberOfAnEndedSubscriptionIsReleasedAfterTheGraceAndReachesTheBusinessNoMore() {
        f.finalizeSetup(business);
        subscription(SubscriptionStatus.CANCELED);

        f.clock.advance(GRACE.minusMinutes(1));
        check();
        assertThat(f.provider.released()).isEmpty();
        assertThat(f.numbers.numberOf(business)).contains(FIRST);

        f.clock.advance(Duration.ofMinutes(1));
        f.scheduler.runPeriodic();

        assertThat(f.provider.released()).containsExactly(FIRST);
        assertThat(f.numbers.numberOf(business)).isEmpty();
        assertThat(f.numbers.businessFor(FIRST)).isEmpty();
        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.RELEASED);
        assertThat(f.provisioning(business).releaseAfter()).isEmpty();

        f.clock.advance(GRACE);
        f.scheduler.runPeriodic();
        assertThat(f.provider.count("release")).as("released once").isEqualTo(1);
    }

    @Test
    void aSubscriptionThatComesBackWithinTheGraceKeepsTheNumber() {
        f.finalizeSetup(business);
        subscription(SubscriptionStatus.CANCELED);
        f.clock.advance(Duration.ofDays(3));
        subscription(SubscriptionStatus.ACTIVE);

        f.clock.advance(GRACE);
        check();

        assertThat(f.provider.released()).isEmpty();
        assertThat(f.numbers.numberOf(business)).contains(FIRST);
    }

    @Test
    void aFailedReleaseIsTriedAgainLater() {
        f.finalizeSetup(business);
        subscription(SubscriptionStatus.CANCELED);
        f.provider.failNext("release", true);
        f.clock.advance(GRACE);

        check();
        assertThat(f.provider.released()).isEmpty();
        assertThat(f.numbers.numberOf(business)).contains(FIRST);

        f.clock.advance(NumberReleases.RETRY_DELAY);
        f.scheduler.runPeriodic();
        assertThat(f.provider.released()).containsExactly(FIRST);
    }

    @Test
    void aNumberBoughtByAnUnfinishedProvisioningIsFoundAndReleasedToo() {
        f.provider.loseNextAttachAnswer();
        f.finalizeSetup(business);
        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.NUMBER_CHOSEN);
        subscription(SubscriptionStatus.CANCELED);

        f.clock.advance(GRACE);
        check();

        assertThat(f.provider.released()).containsExactly(FIRST);
        assertThat(f.provider.owned()).isEmpty();
        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.RELEASED);
        f.scheduler.runDelayed();
        assertThat(f.provider.count("attach")).as("no provisioning after the release").isEqualTo(1);
    }

    @Test
    void finalizingAfterTheReleaseGetsANewNumber() {
        f.finalizeSetup(business);
        subscription(SubscriptionStatus.CANCELED);
        f.clock.advance(GRACE);
        check();

        subscription(SubscriptionStatus.ACTIVE);
        f.finalizeSetup(business);

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.numbers.numberOf(business)).contains(PhoneNumber.of("+14155550102"));
    }
}
