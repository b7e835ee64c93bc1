package ai.tavari.domain.billing;

import static ai.tavari.domain.fixtures.DomainFixtures.NOW;
import static ai.tavari.domain.fixtures.DomainFixtures.business;
import static ai.tavari.domain.fixtures.DomainFixtures.currentPeriod;
import static ai.tavari.domain.fixtures.DomainFixtures.newBusiness;
import static ai.tavari.domain.fixtures.DomainFixtures.proPlan;
import static ai.tavari.domain.fixtures.DomainFixtures.starterPlan;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.domain.fixtures.AuthorizationRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UsageRulesTest {

    private static Optional<UsageDecision.Deny> deny(DenyReason reason, Fallback fallback) {
        return Optional.of(new UsageDecision.Deny(reason, fallback));
    }

    @Nested
    class BusinessNotSuspended {
        private final UsageRule rule = new UsageRules.BusinessNotSuspended();

        @Test
        void passesAnActiveBusiness() {
            assertThat(rule.check(AuthorizationRequests.passing().build())).isEmpty();
        }

        @Test
        void rejectsCallsOfASuspendedBusiness() {
            assertThat(rule.check(AuthorizationRequests.passing().business(business().suspended()).build()))
                    .isEqualTo(deny(DenyReason.BUSINESS_SUSPENDED, Fallback.REJECT));
        }
    }

    @Nested
    class SubscriptionInGoodStanding {
        private final UsageRule rule = new UsageRules.SubscriptionInGoodStanding();

        private Subscription withStatus(SubscriptionStatus status, Optional<Instant> pastDueSince) {
            return new Subscription("starter", status, currentPeriod(), false, pastDueSince);
        }

        @ParameterizedTest
        @EnumSource(value = SubscriptionStatus.class, names = {"ACTIVE", "TRIALING"})
        void passesActiveAndTrialing(SubscriptionStatus status) {
            assertThat(rule.check(AuthorizationRequests.passing().subscription(withStatus(status, Optional.empty())).build()))
                    .isEmpty();
        }

        @Test
        void activeAndScheduledToCancelStillPasses() {
            Subscription cancelling = withStatus(SubscriptionStatus.ACTIVE, Optional.empty()).withCancelAtPeriodEnd(true);
            assertThat(rule.check(AuthorizationRequests.passing().subscription(cancelling).build())).isEmpty();
        }

        @Test
        void missingSubscriptionSendsCallersToVoicemail() {
            assertThat(rule.check(AuthorizationRequests.passing().noSubscription().build()))
                    .isEqualTo(deny(DenyReason.NO_SUBSCRIPTION, Fallback.VOICEMAIL));
            assertThat(rule.check(AuthorizationRequests.passing()
                    .subscription(withStatus(SubscriptionStatus.NONE, Optional.empty())).build()))
                    .isEqualTo(deny(DenyReason.NO_SUBSCRIPTION, Fallback.VOICEMAIL));
        }

        @Test
        void planMustBeKnownAndMatchTheSubscription() {
            assertThat(rule.check(AuthorizationRequests.passing().noPlan().build()))
                    .isEqualTo(deny(DenyReason.PLAN_UNKNOWN, Fallback.VOICEMAIL));
            assertThat(rule.check(new ai.tavari.domain.billing.CallAuthorizationRequest(business(),
                    Optional.of(Subscription.active("starter", currentPeriod())), Optional.of(proPlan()), true, 0, 0, NOW,
                    Duration.ZERO)))
                    .isEqualTo(deny(DenyReason.PLAN_UNKNOWN, Fallback.VOICEMAIL));
        }

        @Test
        void pastDueWorksWithinTheGracePeriodOnly() {
            Instant since = NOW.minus(Duration.ofDays(2));
            AuthorizationRequests request = AuthorizationRequests.passing()
                    .subscription(withStatus(SubscriptionStatus.PAST_DUE, Optional.of(since)))
                    .grace(Duration.ofDays(3));

            assertThat(rule.check(request.build())).isEmpty();
            assertThat(rule.check(request.now(since.plus(Duration.ofDays(3)).minusSeconds(1)).build())).isEmpty();
            assertThat(rule.check(request.now(since.plus(Duration.ofDays(3))).build()))
                    .isEqualTo(deny(DenyReason.PAYMENT_OVERDUE, Fallback.VOICEMAIL));
            assertThat(rule.check(request.now(NOW).grace(Duration.ZERO).build()))
                    .isEqualTo(deny(DenyReason.PAYMENT_OVERDUE, Fallback.VOICEMAIL));
        }

        @Test
        void canceledWorksUntilThePeriodEnds() {
            AuthorizationRequests request = AuthorizationRequests.passing()
                    .subscription(withStatus(SubscriptionStatus.CANCELED, Optional.empty()));
            Instant periodEnd = currentPeriod().end();

            assertThat(rule.check(request.now(periodEnd.minusSeconds(1)).build())).isEmpty();
            assertThat(rule.check(request.now(periodEnd).build()))
                    .isEqualTo(deny(DenyReason.SUBSCRIPTION_ENDED, Fallback.VOICEMAIL));
        }

        @ParameterizedTest
        @EnumSource(value = SubscriptionStatus.class, names = {"INCOMPLETE", "INCOMPLETE_EXPIRED", "UNPAID", "PAUSED"})
        void otherStatusesAreInactive(SubscriptionStatus status) {
            assertThat(rule.check(AuthorizationRequests.passing().subscription(withStatus(status, Optional.empty())).build()))
                    .isEqualTo(deny(DenyReason.SUBSCRIPTION_INACTIVE, Fallback.VOICEMAIL));
        }
    }

    @Nested
    class SetupFinalized {
        private final UsageRule rule = new UsageRules.SetupFinalized();

        @Test
        void passesAFinalizedSetup() {
            assertThat(rule.check(AuthorizationRequests.passing().build())).isEmpty();
        }

        @Test
        void forwardsToTheBusinessPhoneWhenThereIsOne() {
            assertThat(rule.check(AuthorizationRequests.passing().setupFinalized(false).build()))
                    .isEqualTo(deny(DenyReason.SETUP_NOT_FINALIZED, Fallback.FORWARD));
        }

        @Test
        void rejectsWhenThereIsNoPhoneToForwardTo() {
            assertThat(rule.check(AuthorizationRequests.passing().business(newBusiness()).setupFinalized(false).build()))
                    .isEqualTo(deny(DenyReason.SETUP_NOT_FINALIZED, Fallback.REJECT));
        }
    }

    @Nested
    class MinutesLeft {
        private final UsageRule rule = new UsageRules.MinutesLeft();

        @Test
        void passesWhileIncludedMinutesRemain() {
            assertThat(rule.check(AuthorizationRequests.passing().minutesUsed(199).build())).isEmpty();
        }

        @Test
        void exhaustedMinutesSendCallersToVoicemail() {
            assertThat(rule.check(AuthorizationRequests.passing().minutesUsed(200).build()))
                    .isEqualTo(deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL));
            assertThat(rule.check(AuthorizationRequests.passing().minutesUsed(230).build()))
                    .isEqualTo(deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL));
        }

        @Test
        void overageAllowsCallsBeyondTheIncludedMinutes() {
            assertThat(rule.check(AuthorizationRequests.passing().plan(proPlan()).minutesUsed(5000).build())).isEmpty();
        }

        @Test
        void aPlanWithoutMinutesIsAlwaysExhausted() {
            Plan noMinutes = new Plan("free", "Free", ai.tavari.domain.shared.Money.zero("USD"), 0, 1, false,
                    Optional.empty(), 0);
            assertThat(rule.check(AuthorizationRequests.passing().plan(noMinutes).minutesUsed(0).build()))
                    .isEqualTo(deny(DenyReason.MINUTES_EXHAUSTED, Fallback.VOICEMAIL));
        }

        @Test
        void isSkippedWithoutAPlan() {
            assertThat(rule.check(AuthorizationRequests.passing().noPlan().minutesUsed(5000).build())).isEmpty();
        }
    }

    @Nested
    class ConcurrentCallsUnderCap {
        private final UsageRule rule = new UsageRules.ConcurrentCallsUnderCap();

        @Test
        void passesBelowTheCap() {
            assertThat(rule.check(AuthorizationRequests.passing().activeCalls(starterPlan().maxConcurrentCalls() - 1).build()))
                    .isEmpty();
        }

        @Test
        void deniesAtTheCap() {
            assertThat(rule.check(AuthorizationRequests.passing().activeCalls(2).build()))
                    .isEqualTo(deny(DenyReason.CONCURRENT_CALL_LIMIT, Fallback.VOICEMAIL));
        }

        @Test
        void isSkippedWithoutAPlan() {
            assertThat(rule.check(AuthorizationRequests.passing().noPlan().activeCalls(99).build())).isEmpty();
        }
    }
}
