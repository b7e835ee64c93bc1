package ai.tavari.domain.billing;

import static ai.tavari.domain.fixtures.DomainFixtures.business;
import static ai.tavari.domain.fixtures.DomainFixtures.newBusiness;
import static ai.tavari.domain.fixtures.DomainFixtures.proPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.fixtures.AuthorizationRequests;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsagePolicyTest {
    private final UsagePolicy policy = UsagePolicy.standard(Duration.ofMinutes(30));

    @Test
    void allowsACallThatPassesEveryRule() {
        UsageDecision decision = policy.decide(AuthorizationRequests.passing().build());
        assertThat(decision.isAllowed()).isTrue();
        assertThat(decision).isEqualTo(new UsageDecision.Allow(Duration.ofMinutes(30)));
    }

    @Test
    void maxDurationIsTheRemainingMinutesWhenFewerThanTheCap() {
        assertThat(policy.decide(AuthorizationRequests.passing().minutesUsed(188).build()))
                .isEqualTo(new UsageDecision.Allow(Duration.ofMinutes(12)));
        assertThat(policy.decide(AuthorizationRequests.passing().minutesUsed(199).build()))
                .isEqualTo(new UsageDecision.Allow(Duration.ofMinutes(1)));
        assertThat(policy.decide(AuthorizationRequests.passing().minutesUsed(170).build()))
                .isEqualTo(new UsageDecision.Allow(Duration.ofMinutes(30)));
    }

    @Test
    void overagePlansGetTheFullCapEvenBeyondTheirMinutes() {
        assertThat(policy.decide(AuthorizationRequests.passing().plan(proPlan()).minutesUsed(995).build()))
                .isEqualTo(new UsageDecision.Allow(Duration.ofMinutes(30)));
        assertThat(policy.decide(AuthorizationRequests.passing().plan(proPlan()).minutesUsed(5000).build()))
                .isEqualTo(new UsageDecision.Allow(Duration.ofMinutes(30)));
    }

    @Test
    void theStandardOrderIsFixed() {
        assertThat(UsagePolicy.standardRules()).extracting(rule -> rule.getClass().getSimpleName()).containsExactly(
                "BusinessNotSuspended", "SubscriptionInGoodStanding", "SetupFinalized", "MinutesLeft",
                "ConcurrentCallsUnderCap");
        assertThat(UsagePolicy.standard().maxCallDuration()).isEqualTo(UsagePolicy.DEFAULT_MAX_CALL_DURATION);
    }

    @Test
    void suspensionWinsOverEverythingElse() {
        AuthorizationRequests everythingWrong = AuthorizationRequests.passing()
                .business(business().suspended()).noSubscription().setupFinalized(false).minutesUsed(999).activeCalls(9);
        assertThat(policy.decide(everythingWrong.build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.BUSINESS_SUSPENDED, Fallback.REJECT));
    }

    @Test
    void subscriptionComesBeforeSetup() {
        assertThat(policy.decide(AuthorizationRequests.passing().noSubscription().setupFinalized(false).build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.NO_SUBSCRIPTION, Fallback.VOICEMAIL));
    }

    @Test
    void setupComesBeforeMinutes() {
        assertThat(policy.decide(AuthorizationRequests.passing().setupFinalized(false).minutesUsed(500).build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.SETUP_NOT_FINALIZED, Fallback.FORWARD));
        assertThat(policy.decide(AuthorizationRequests.passing().business(newBusiness()).setupFinalized(false).build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.SETUP_NOT_FINALIZED, Fallback.REJECT));
    }

    @Test
    void minutesComeBeforeConcurrency() {
        assertThat(policy.decide(AuthorizationRequests.passing().minutesUsed(200).activeCalls(5).build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL));
        assertThat(policy.decide(AuthorizationRequests.passing().activeCalls(5).build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.CONCURRENT_CALL_LIMIT, Fallback.VOICEMAIL));
    }

    @Test
    void aCustomRuleListIsCheckedInItsOwnOrder() {
        UsageRule alwaysDeny = request -> Optional.of(new UsageDecision.Deny(DenyReason.SUBSCRIPTION_INACTIVE, Fallback.REJECT));
        UsagePolicy custom = new UsagePolicy(List.of(new UsageRules.SetupFinalized(), alwaysDeny), Duration.ofMinutes(5));

        assertThat(custom.decide(AuthorizationRequests.passing().setupFinalized(false).build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.SETUP_NOT_FINALIZED, Fallback.FORWARD));
        assertThat(custom.decide(AuthorizationRequests.passing().build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.SUBSCRIPTION_INACTIVE, Fallback.REJECT));
    }

    @Test
    void withoutTheMinutesRuleExhaustedMinutesStillCannotBeAllowed() {
        UsagePolicy noRules = new UsagePolicy(List.of(), Duration.ofMinutes(5));
        assertThat(noRules.decide(AuthorizationRequests.passing().minutesUsed(200).build()))
                .isEqualTo(new UsageDecision.Deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL));
        assertThat(noRules.decide(AuthorizationRequests.passing().noPlan().build()))
                .isEqualTo(new UsageDecision.Allow(Duration.ofMinutes(5)));
    }

    @Test
    void capMustBePositiveAndDecisionsValidate() {
        assertThatThrownBy(() -> UsagePolicy.standard(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageDecision.Allow(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new UsageDecision.Deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL).isAllowed()).isFalse();
    }

    @Test
    void requestRejectsImpossibleCounts() {
        assertThatThrownBy(() -> AuthorizationRequests.passing().minutesUsed(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthorizationRequests.passing().activeCalls(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthorizationRequests.passing().grace(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
