package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.NumberOffer;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisionings;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link NumberProvisionings} store must do; run against the in-memory fake and the real adapter. */
public abstract class NumberProvisioningsContract {
    /** Far in the future, so this test's due rows sort before rows other tests of a shared database left. */
    protected static final Instant T0 = Instant.parse("2096-03-04T15:00:00.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract NumberProvisionings store();

    protected abstract BusinessRepository businesses();

    @Test
    void keepsEveryStepWithItsOfferNumberAndErrorAndBumpsTheVersion() {
        BusinessId business = business();
        assertThat(store().add(NumberProvisioning.requested(business, T0))).isTrue();
        NumberProvisioning requested = store().find(business).orElseThrow();
        assertThat(requested).isEqualTo(NumberProvisioning.requested(business, T0));

        NumberOffer offer = new NumberOffer(freshNumber(), "US;GEOGRAPHIC;42;" + ThreadLocalRandom.current().nextInt());
        NumberProvisioning chosen = store().update(requested.chosen(offer, T0.plus(LEASE), T0.plusSeconds(1)))
                .orElseThrow();
        assertThat(chosen.version()).isEqualTo(1);
        ProvisionedNumber bought = new ProvisionedNumber(offer.number(), "98765");
        NumberProvisioning retrying = store().update(chosen.attached(bought, T0.plus(LEASE), T0.plusSeconds(2))
                .retryAt(T0.plusSeconds(60), "bind failed: 503", T0.plusSeconds(3))).orElseThrow();

        NumberProvisioning stored = store().find(business).orElseThrow();
        assertThat(stored).isEqualTo(retrying);
        assertThat(stored.state()).isEqualTo(ProvisioningState.ATTACHED);
        assertThat(stored.offer()).contains(offer);
        assertThat(stored.number()).contains(bought);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.lastError()).contains("bind failed: 503");
        assertThat(stored.nextAttemptAt()).contains(T0.plusSeconds(60));
        assertThat(stored.requestedAt()).isEqualTo(T0);
        assertThat(stored.updatedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aBusinessHasOneProvisioningAndAStaleCopyIsNotSaved() {
        BusinessId business = business();
        store().add(NumberProvisioning.requested(business, T0));
        assertThat(store().add(NumberProvisioning.requested(business, T0.plusSeconds(9)))).isFalse();
        NumberProvisioning read = store().find(business).orElseThrow();

        Optional<NumberProvisioning> first = store().update(read.leasedUntil(T0.plus(LEASE), T0.plusSeconds(1)));
        Optional<NumberProvisioning> second = store().update(read.leasedUntil(T0.plus(LEASE), T0.plusSeconds(2)));

        assertThat(first).isPresent();
        assertThat(second).as("saved over a newer version").isEmpty();
        assertThat(store().find(business)).isEqualTo(first);
        assertThat(store().find(business()).isEmpty()).isTrue();
    }

    @Test
    void findsWhatIsDueForWorkButNotWhatIsLeasedWaitingFinishedOrToBeReleased() {
        BusinessId due = requested(T0.minusSeconds(30));
        BusinessId leased = requested(T0.minusSeconds(20));
        store().update(store().find(leased).orElseThrow().leasedUntil(T0.plus(LEASE), T0));
        BusinessId waiting = requested(T0.minusSeconds(10));
        store().update(store().find(waiting).orElseThrow().retryAt(T0.plusSeconds(1), "later", T0));
        BusinessId failed = requested(T0.minusSeconds(40));
        store().update(store().find(failed).orElseThrow().failed("no", false, T0));
        BusinessId releasing = requested(T0.minusSeconds(50));
        store().scheduleRelease(releasing, T0);

        assertThat(store().dueForWork(T0, 1000)).contains(due).doesNotContain(leased, waiting, failed, releasing);
        assertThat(store().dueForWork(T0.plusSeconds(1), 1000)).contains(due, waiting);
        assertThat(store().failed(1000)).contains(failed).doesNotContain(due);
    }

    @Test
    void aReleaseIsScheduledOnceCancelledAndNeverForAReleasedNumber() {
        BusinessId business = requested(T0);
        store().scheduleRelease(business, T0.plusSeconds(100));
        store().scheduleRelease(business, T0.plusSeconds(500));
        assertThat(store().find(business).orElseThrow().releaseAfter()).as("the first end counts")
                .contains(T0.plusSeconds(100));
        assertThat(store().dueForRelease(T0.plusSeconds(99), 1000)).doesNotContain(business);
        assertThat(store().dueForRelease(T0.plusSeconds(100), 1000)).contains(business);

        NumberProvisioning read = store().find(business).orElseThrow();
        NumberProvisioning updated = store().update(read.leasedUntil(T0.plus(LEASE), T0)).orElseThrow();
        assertThat(updated.releaseAfter()).as("progress updates keep the release time").contains(T0.plusSeconds(100));
        assertThat(store().find(business).orElseThrow().version()).as("scheduling changes no version")
                .isEqualTo(read.version() + 1);

        store().cancelRelease(business);
        assertThat(store().find(business).orElseThrow().releaseAfter()).isEmpty();
        assertThat(store().dueForRelease(T0.plusSeconds(1000), 1000)).doesNotContain(business);

        store().update(store().find(business).orElseThrow().released(T0));
        store().scheduleRelease(business, T0);
        assertThat(store().find(business).orElseThrow().releaseAfter()).isEmpty();
        assertThat(store().dueForRelease(T0.plusSeconds(1000), 1000)).doesNotContain(business);
    }

    @Test
    void schedulingForABusinessWithoutProvisioningDoesNothing() {
        BusinessId business = business();

        store().scheduleRelease(business, T0);
        store().cancelRelease(business);

        assertThat(store().find(business)).isEmpty();
    }

    private BusinessId requested(Instant at) {
        BusinessId business = business();
        store().add(NumberProvisioning.requested(business, at));
        return business;
    }

    private BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Number Shop", T0.minusSeconds(86_400));
        businesses().add(business);
        return business.id();
    }

    private static PhoneNumber freshNumber() {
        return PhoneNumber.of("+1415" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
    }
}
