package ai.tavari.application.service.number;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.in.setup.ForwardingState;
import ai.tavari.application.port.in.setup.ForwardingStatus;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForwardingStatusesTest {
    private static final PhoneNumber SHARED = PhoneNumber.of("+18005550100");

    private final NumberFixture f = new NumberFixture();
    private final BusinessId business = f.business("+14155550123");

    private ForwardingStatus status(NumberProvisioner provisioner, NumberSettings settings) {
        return new ForwardingStatuses(f.numbers, f.store, provisioner, settings)
                .of(f.businesses.findById(business).orElseThrow());
    }

    private ForwardingStatus status() {
        return status(f.provider, NumberFixture.SETTINGS);
    }

    @Test
    void withoutNumbersConfiguredTheOwnerIsToldSoAndGivenTheSharedNumberIfThereIsOne() {
        ForwardingStatus none = status(NumberProvisioner.NOT_CONFIGURED, NumberFixture.SETTINGS);
        assertThat(none.state()).isEqualTo(ForwardingState.NOT_CONFIGURED);
        assertThat(none.number()).isEmpty();
        assertThat(none.instructions()).contains("not configured");

        NumberSettings shared = new NumberSettings(Duration.ofDays(30), Optional.of(SHARED), 4, Duration.ofSeconds(30),
                Duration.ofMinutes(1));
        ForwardingStatus withShared = status(NumberProvisioner.NOT_CONFIGURED, shared);
        assertThat(withShared.state()).isEqualTo(ForwardingState.NOT_CONFIGURED);
        assertThat(withShared.number()).contains(SHARED);
        assertThat(withShared.instructions()).contains("shared number " + SHARED);
    }

    @Test
    void aNumberGivenByHandIsReadyEvenWithoutProvisioning() {
        PhoneNumber byHand = PhoneNumber.of("+13125550100");
        f.numbers.assign(business, byHand, NumberFixture.T0);

        ForwardingStatus status = status(NumberProvisioner.NOT_CONFIGURED, NumberFixture.SETTINGS);

        assertThat(status.state()).isEqualTo(ForwardingState.READY);
        assertThat(status.number()).contains(byHand);
    }

    @Test
    void followsTheProvisioningFromBeforeFinalizingToReadyAndReleased() {
        assertThat(status().state()).isEqualTo(ForwardingState.NOT_REQUESTED);

        f.provider.failNext("attach", true);
        f.finalizeSetup(business);
        assertThat(status().state()).isEqualTo(ForwardingState.PROVISIONING);
        assertThat(status().number()).isEmpty();

        f.after(Duration.ofSeconds(30));
        ForwardingStatus ready = status();
        assertThat(ready.state()).isEqualTo(ForwardingState.READY);
        assertThat(ready.number()).contains(PhoneNumber.of("+14155550101"));
        assertThat(ready.instructions()).contains("+14155550123").contains("+14155550101");

        f.releases.subscriptionChanged(business, SubscriptionStatus.CANCELED, f.clock.instant());
        f.clock.advance(NumberFixture.SETTINGS.releaseGrace());
        f.service.start();
        f.scheduler.runPeriodic();
        assertThat(status().state()).isEqualTo(ForwardingState.RELEASED);
        assertThat(status().number()).isEmpty();
    }

    @Test
    void aFailedProvisioningSaysHowToRetry() {
        f.provider.failNext("findAvailable", false);
        f.finalizeSetup(business);

        ForwardingStatus failed = status();

        assertThat(failed.state()).isEqualTo(ForwardingState.FAILED);
        assertThat(failed.number()).isEmpty();
        assertThat(failed.instructions()).contains("Finalize setup again").doesNotContain("planned");
    }
}
