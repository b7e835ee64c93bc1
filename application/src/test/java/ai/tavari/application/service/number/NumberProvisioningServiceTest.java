package ai.tavari.application.service.number;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NumberProvisioningServiceTest {
    private static final PhoneNumber FIRST = PhoneNumber.of("+14155550101");
    private static final PhoneNumber SECOND = PhoneNumber.of("+14155550102");

    private final NumberFixture f = new NumberFixture();
    private final BusinessId business = f.business("+14155550123");

    @Test
    void aFinalizedBusinessGetsOneNumberBoughtBoundAndAssignedOnceTheRequestCommits() {
        f.service.provision(business);

        assertThat(f.provider.requests()).as("nothing happens before the setup's transaction commits").isEmpty();
        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.REQUESTED);

        f.commit.commit();

        NumberProvisioning done = f.provisioning(business);
        assertThat(done.state()).isEqualTo(ProvisioningState.DONE);
        assertThat(done.number().orElseThrow().number()).isEqualTo(FIRST);
        assertThat(done.nextAttemptAt()).isEmpty();
        assertThat(f.numbers.numberOf(business)).contains(FIRST);
        assertThat(f.numbers.businessFor(FIRST)).contains(business);
        assertThat(f.provider.owned()).containsExactly(FIRST);
        assertThat(f.provider.isBound(FIRST)).isTrue();
        assertThat(f.provider.requests()).containsExactly("findAvailable +14155550123", "findOwned " + FIRST,
                "attach " + FIRST, "bind " + FIRST);
    }

    @Test
    void askingAgainWhileItRunsOrOnceDoneChangesNothing() {
        f.provider.failNext("attach", true);
        f.finalizeSetup(business);
        long waiting = f.provisioning(business).version();

        f.finalizeSetup(business);
        f.scheduler.runPeriodic();
        assertThat(f.provisioning(business).version()).as("not due before its retry time").isEqualTo(waiting);

        f.after(Duration.ofSeconds(30));
        long done = f.provisioning(business).version();
        f.finalizeSetup(business);
        f.scheduler.runPeriodic();

        assertThat(f.provisioning(business).version()).isEqualTo(done);
        assertThat(f.provider.owned()).hasSize(1);
    }

    @Test
    void aTemporaryAttachFailureIsRetriedAfterADelayAndExactlyOneNumberIsBought() {
        f.provider.failNext("attach", true);

        f.finalizeSetup(business);

        NumberProvisioning waiting = f.provisioning(business);
        assertThat(waiting.state()).as("the chosen number is recorded before it is bought")
                .isEqualTo(ProvisioningState.NUMBER_CHOSEN);
        assertThat(waiting.offer().orElseThrow().number()).isEqualTo(FIRST);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("planned attach failure");
        assertThat(waiting.nextAttemptAt()).contains(NumberFixture.T0.plusSeconds(30));
        assertThat(f.scheduler.delays()).containsExactly(Duration.ofSeconds(30));
        assertThat(f.provider.owned()).isEmpty();

        f.after(Duration.ofSeconds(30));

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.provider.owned()).containsExactly(FIRST);
        assertThat(f.numbers.numberOf(business)).contains(FIRST);
        assertThat(f.provider.count("findAvailable")).as("the same number, not a new choice").isEqualTo(1);
    }

    @Test
    void aNumberBoughtByAnAttemptWhoseAnswerWasLostIsFoundAndNotBoughtAgain() {
        f.provider.loseNextAttachAnswer();

        f.finalizeSetup(business);
        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.NUMBER_CHOSEN);
        assertThat(f.provider.owned()).as("bought, though the answer never came").containsExactly(FIRST);

        f.after(Duration.ofSeconds(30));

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.provider.count("attach")).isEqualTo(1);
        assertThat(f.provider.owned()).containsExactly(FIRST);
        assertThat(f.numbers.numberOf(business)).contains(FIRST);
    }

    @Test
    void aServerThatDiesAfterTheNumberWasBoughtIsContinuedByTheNextWithoutBuyingAgain() {
        f.provider.failNext("bind", true);
        f.finalizeSetup(business);
        f.clock.advance(Duration.ofSeconds(30));
        NumberProvisioning bought = f.provisioning(business);
        assertThat(bought.state()).isEqualTo(ProvisioningState.ATTACHED);
        // a server takes the retry and dies before binding: its lease is all that is left of it
        Instant now = f.clock.instant();
        f.records.claim(business, now, now.plus(NumberProvisioningService.LEASE)).orElseThrow();

        f.restart().service.start();
        assertThat(f.provider.count("bind")).as("still leased by the dead server").isEqualTo(1);

        f.clock.advance(NumberProvisioningService.LEASE);
        f.scheduler.runPeriodic();

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.numbers.numberOf(business)).contains(FIRST);
        assertThat(f.provider.count("attach")).isEqualTo(1);
        assertThat(f.provider.count("findAvailable")).isEqualTo(1);
        assertThat(f.provider.isBound(FIRST)).isTrue();
    }

    @Test
    void anUnexpectedFailureCountsAsAnAttemptAndIsRetried() {
        f.provider.crashOnNext("bind");

        f.finalizeSetup(business);

        NumberProvisioning retrying = f.provisioning(business);
        assertThat(retrying.state()).isEqualTo(ProvisioningState.ATTACHED);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastError().orElseThrow()).contains("unexpected failure");

        f.after(Duration.ofSeconds(30));

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.provider.count("attach")).isEqualTo(1);
    }

    @Test
    void aRefusedNumberIsReplacedByANewChoiceWithoutBuyingTwo() {
        f.provider.failNext("attach", false);

        f.finalizeSetup(business);

        NumberProvisioning refused = f.provisioning(business);
        assertThat(refused.state()).isEqualTo(ProvisioningState.REQUESTED);
        assertThat(refused.offer()).isEmpty();
        assertThat(refused.attempts()).isEqualTo(1);

        f.after(Duration.ofSeconds(30));

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.provider.count("findAvailable")).isEqualTo(2);
        assertThat(f.provider.owned()).hasSize(1);
    }

    @Test
    void aRefusalStopsAsFailedAndFinalizingAgainContinuesWhereItStopped() {
        f.provider.failNext("bind", false);

        f.finalizeSetup(business);
        NumberProvisioning failed = f.provisioning(business);
        assertThat(failed.state()).isEqualTo(ProvisioningState.FAILED);
        assertThat(failed.number().orElseThrow().number()).as("the bought number is kept").isEqualTo(FIRST);
        assertThat(failed.nextAttemptAt()).isEmpty();
        f.after(Duration.ofHours(2));
        f.scheduler.runPeriodic();
        assertThat(f.provider.count("bind")).as("a failed one waits to be asked").isEqualTo(1);

        f.finalizeSetup(business);

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.provider.count("attach")).isEqualTo(1);
        assertThat(f.provider.count("bind")).isEqualTo(2);
        assertThat(f.numbers.numberOf(business)).contains(FIRST);
    }

    @Test
    void temporaryFailuresAreRetriedWithDoublingDelaysUntilTheLastAttemptFails() {
        for (int i = 0; i < 4; i++) {
            f.provider.failNext("findAvailable", true);
        }

        f.finalizeSetup(business);
        f.after(Duration.ofSeconds(30));
        f.after(Duration.ofSeconds(60));
        f.after(Duration.ofSeconds(120));

        assertThat(f.scheduler.delays()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofSeconds(120));
        NumberProvisioning failed = f.provisioning(business);
        assertThat(failed.state()).isEqualTo(ProvisioningState.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(f.provider.owned()).isEmpty();
    }

    @Test
    void retryDelaysDoubleUpToAnHour() {
        assertThat(f.service.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(f.service.retryDelay(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(f.service.retryDelay(8)).isEqualTo(Duration.ofHours(1));
        assertThat(f.service.retryDelay(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRestartTriesFailedOnesAgain() {
        f.provider.failNext("findAvailable", false);
        f.finalizeSetup(business);
        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.FAILED);

        f.restart().service.start();

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
        assertThat(f.numbers.numberOf(business)).contains(FIRST);
    }

    @Test
    void theCheckPicksUpARequestWhoseStartWasLost() {
        f.service.provision(business);
        f.commit.rollback();
        f.service.start();

        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.DONE);
    }

    @Test
    void aProvisioningSomeoneElseWorksOnIsLeftAlone() {
        f.service.provision(business);
        Instant now = f.clock.instant();
        f.records.claim(business, now, now.plus(NumberProvisioningService.LEASE)).orElseThrow();

        f.commit.commit();
        f.scheduler.runPeriodic();

        assertThat(f.provider.requests()).isEmpty();
        assertThat(f.provisioning(business).state()).isEqualTo(ProvisioningState.REQUESTED);
    }

    @Test
    void twoBusinessesGetTwoNumbers() {
        BusinessId other = f.business("+14155550124");

        f.finalizeSetup(business);
        f.finalizeSetup(other);

        assertThat(f.numbers.numberOf(business)).contains(FIRST);
        assertThat(f.numbers.numberOf(other)).contains(SECOND);
    }

    @Test
    void aBusinessWithANumberOrAServerWithoutNumbersProvisionsNothing() {
        f.numbers.assign(business, PhoneNumber.of("+13125550100"), NumberFixture.T0);
        f.finalizeSetup(business);
        assertThat(f.store.find(business)).isEmpty();

        BusinessId other = f.business("+14155550124");
        f.restart(NumberProvisioner.NOT_CONFIGURED);
        f.finalizeSetup(other);
        f.service.start();

        assertThat(f.store.find(other)).isEmpty();
        assertThat(f.scheduler.periodicTasks()).isZero();
        assertThat(f.provider.requests()).isEmpty();
    }
}
