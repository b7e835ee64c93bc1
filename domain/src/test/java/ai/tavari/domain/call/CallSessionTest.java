package ai.tavari.domain.call;

import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_ID;
import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_PHONE;
import static ai.tavari.domain.fixtures.DomainFixtures.CALLER_PHONE;
import static ai.tavari.domain.fixtures.DomainFixtures.CALL_ID;
import static ai.tavari.domain.fixtures.DomainFixtures.MESSAGE_ID;
import static ai.tavari.domain.fixtures.DomainFixtures.NOW;
import static ai.tavari.domain.fixtures.DomainFixtures.callInConversation;
import static ai.tavari.domain.fixtures.DomainFixtures.ringingCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CallSessionTest {
    private static final Duration MAX = Duration.ofMinutes(30);

    private static Instant t(long seconds) {
        return NOW.plusSeconds(seconds);
    }

    private static CallSession authorizedCall() {
        CallSession call = ringingCall();
        call.authorize(t(1), MAX);
        return call;
    }

    private static CallSession transferringCall() {
        CallSession call = callInConversation();
        call.beginTransfer(BUSINESS_PHONE, t(30));
        return call;
    }

    private static CallSession endedCall() {
        CallSession call = callInConversation();
        call.end(Outcome.COMPLETED, t(62));
        return call;
    }

    @Nested
    class HappyPaths {
        @Test
        void aNewCallIsRinging() {
            CallSession call = ringingCall();
            assertThat(call.id()).isEqualTo(CALL_ID);
            assertThat(call.businessId()).isEqualTo(BUSINESS_ID);
            assertThat(call.state()).isEqualTo(CallState.RINGING);
            assertThat(call.isActive()).isTrue();
            assertThat(call.startedAt()).isEqualTo(NOW);
            assertThat(call.externalCallId()).contains("vox-session-1");
            assertThat(call.outcome()).isEmpty();
            assertThat(call.duration()).isZero();
            assertThat(call.billableMinutes()).isZero();
        }

        @Test
        void conversationThatEndsNormally() {
            CallSession call = ringingCall();
            call.authorize(t(1), MAX);
            assertThat(call.state()).isEqualTo(CallState.AUTHORIZED);
            assertThat(call.maxDuration()).contains(MAX);
            assertThat(call.deadline()).as("counted from the answer").isEmpty();

            call.startConversation(t(2));
            assertThat(call.state()).isEqualTo(CallState.IN_CONVERSATION);
            assertThat(call.answeredAt()).contains(t(2));
            assertThat(call.deadline()).contains(t(2).plus(MAX));
            assertThat(call.remainingAt(t(62))).contains(MAX.minusSeconds(60));

            call.end(Outcome.COMPLETED, t(93));
            assertThat(call.state()).isEqualTo(CallState.ENDED);
            assertThat(call.isEnded()).isTrue();
            assertThat(call.outcome()).contains(Outcome.COMPLETED);
            assertThat(call.endedAt()).contains(t(93));
            assertThat(call.duration()).isEqualTo(Duration.ofSeconds(91));
            assertThat(call.billableMinutes()).isEqualTo(2);
        }

        @Test
        void transferThatSucceeds() {
            CallSession call = transferringCall();
            assertThat(call.state()).isEqualTo(CallState.TRANSFERRING);
            assertThat(call.transferTarget()).contains(BUSINESS_PHONE);
            assertThat(call.transferAttempts()).isEqualTo(1);

            call.end(Outcome.TRANSFERRED, t(45));
            assertThat(call.outcome()).contains(Outcome.TRANSFERRED);
        }

        @Test
        void transferThatFailsResumesTheConversation() {
            CallSession call = transferringCall();
            call.transferFailed(t(50));
            assertThat(call.state()).isEqualTo(CallState.IN_CONVERSATION);

            call.beginTransfer(BUSINESS_PHONE, t(60));
            assertThat(call.transferAttempts()).isEqualTo(2);
            call.transferFailed(t(70));
            call.end(Outcome.MESSAGE_TAKEN, t(120));
            assertThat(call.outcome()).contains(Outcome.MESSAGE_TAKEN);
        }

        @Test
        void rejectedCallKeepsTheReasonAndIsNotBillable() {
            CallSession call = ringingCall();
            call.reject(DenyReason.MINUTES_EXHAUSTED, t(1));
            assertThat(call.outcome()).contains(Outcome.REJECTED);
            assertThat(call.rejectionReason()).contains(DenyReason.MINUTES_EXHAUSTED);
            assertThat(call.billableMinutes()).isZero();
            assertThat(call.authorizedAt()).isEmpty();
        }

        @Test
        void callerHangingUpBeforeMediaIsNotBillable() {
            CallSession call = authorizedCall();
            call.end(Outcome.CALLER_HUNG_UP, t(5));
            assertThat(call.answeredAt()).isEmpty();
            assertThat(call.duration()).isZero();
            assertThat(call.billableMinutes()).isZero();
        }
    }

    @Nested
    class IllegalTransitions {
        @Test
        void eventsOutOfOrderAreRefused() {
            assertThatThrownBy(() -> ringingCall().startConversation(t(1))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> ringingCall().beginTransfer(BUSINESS_PHONE, t(1))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> authorizedCall().authorize(t(2), MAX)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> authorizedCall().reject(DenyReason.NO_SUBSCRIPTION, t(2)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> callInConversation().transferFailed(t(5))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> transferringCall().beginTransfer(BUSINESS_PHONE, t(31)))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> transferringCall().startConversation(t(31))).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void anEndedCallAcceptsNoLifecycleEvent() {
            CallSession call = endedCall();
            assertThatThrownBy(() -> call.end(Outcome.CALLER_HUNG_UP, t(70))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> call.startConversation(t(70))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> call.beginTransfer(BUSINESS_PHONE, t(70))).isInstanceOf(IllegalStateException.class);
            assertThat(call.outcome()).contains(Outcome.COMPLETED);
        }

        @ParameterizedTest(name = "{0} may end as {1}")
        @CsvSource({
                "RINGING, REJECTED", "RINGING, CALLER_HUNG_UP",
                "AUTHORIZED, CALLER_HUNG_UP", "AUTHORIZED, AI_FAILURE_FALLBACK",
                "IN_CONVERSATION, COMPLETED", "IN_CONVERSATION, MESSAGE_TAKEN", "IN_CONVERSATION, CALLER_HUNG_UP",
                "IN_CONVERSATION, LIMIT_REACHED", "IN_CONVERSATION, AI_FAILURE_FALLBACK",
                "TRANSFERRING, TRANSFERRED", "TRANSFERRING, CALLER_HUNG_UP", "TRANSFERRING, LIMIT_REACHED"})
        void allowedEndings(CallState state, Outcome outcome) {
            CallSession call = callIn(state);
            call.end(outcome, t(100));
            assertThat(call.outcome()).contains(outcome);
        }

        @ParameterizedTest(name = "{0} cannot end any other way")
        @EnumSource(value = CallState.class, names = {"RINGING", "AUTHORIZED", "IN_CONVERSATION", "TRANSFERRING"})
        void forbiddenEndings(CallState state) {
            Set<Outcome> forbidden = EnumSet.allOf(Outcome.class);
            forbidden.removeIf(state::canEndWith);
            assertThat(forbidden).isNotEmpty();
            for (Outcome outcome : forbidden) {
                CallSession call = callIn(state);
                assertThatThrownBy(() -> call.end(outcome, t(100)))
                        .as("%s -> %s", state, outcome)
                        .isInstanceOf(IllegalStateException.class);
                assertThat(call.state()).isEqualTo(state);
            }
        }

        @Test
        void transferredNeedsATransferAndRejectedNeedsRinging() {
            assertThat(CallState.IN_CONVERSATION.canEndWith(Outcome.TRANSFERRED)).isFalse();
            assertThat(CallState.AUTHORIZED.canEndWith(Outcome.REJECTED)).isFalse();
            assertThat(CallState.ENDED.isActive()).isFalse();
        }

        @Test
        void eventsMayNotGoBackInTime() {
            CallSession call = callInConversation();
            assertThatThrownBy(() -> call.end(Outcome.COMPLETED, t(1))).isInstanceOf(IllegalArgumentException.class);
            assertThat(call.isActive()).isTrue();
            assertThatThrownBy(() -> ringingCall().authorize(NOW.minusSeconds(1), MAX))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> authorizedCall().startConversation(NOW)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void maxDurationMustBePositive() {
            assertThatThrownBy(() -> ringingCall().authorize(t(1), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        }

        private CallSession callIn(CallState state) {
            return switch (state) {
                case RINGING -> ringingCall();
                case AUTHORIZED -> authorizedCall();
                case IN_CONVERSATION -> callInConversation();
                case TRANSFERRING -> transferringCall();
                case ENDED -> endedCall();
            };
        }
    }

    @Nested
    class EndIfActive {
        @Test
        void endsAnActiveCallOnce() {
            CallSession call = callInConversation();
            assertThat(call.endIfActive(Outcome.COMPLETED, t(60))).isTrue();
            assertThat(call.endIfActive(Outcome.CALLER_HUNG_UP, t(61))).isFalse();
            assertThat(call.outcome()).contains(Outcome.COMPLETED);
            assertThat(call.endedAt()).contains(t(60));
        }

        @Test
        void stillRefusesAnImpossibleOutcome() {
            assertThatThrownBy(() -> callInConversation().endIfActive(Outcome.TRANSFERRED, t(60)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class BillableMinutes {
        @ParameterizedTest(name = "{0} ms -> {1} min")
        @CsvSource({"0, 0", "1, 1", "59999, 1", "60000, 1", "60001, 2", "119000, 2", "120000, 2", "1800000, 30"})
        void roundsUpToWholeMinutes(long millis, long minutes) {
            CallSession call = callInConversation();
            call.end(Outcome.COMPLETED, t(2).plusMillis(millis));
            assertThat(call.billableMinutes()).isEqualTo(minutes);
            assertThat(call.duration()).isEqualTo(Duration.ofMillis(millis));
        }

        @Test
        void elapsedTimeWhileRunningAndAfterTheEnd() {
            CallSession call = callInConversation();
            assertThat(call.elapsedAt(t(32))).isEqualTo(Duration.ofSeconds(30));
            assertThat(call.elapsedAt(t(0))).isZero();
            assertThat(call.duration()).as("not ended yet").isZero();
            call.end(Outcome.LIMIT_REACHED, t(42));
            assertThat(call.elapsedAt(t(500))).isEqualTo(Duration.ofSeconds(40));
            assertThat(ringingCall().elapsedAt(t(10))).isZero();
        }

        @Test
        void remainingTimeBottomsOutAtZero() {
            CallSession call = callInConversation();
            assertThat(call.remainingAt(t(2).plus(MAX).plusSeconds(5))).contains(Duration.ZERO);
            assertThat(authorizedCall().remainingAt(t(5))).isEmpty();
        }
    }

    @Nested
    class Transcript {
        @Test
        void turnsAreKeptInTimeOrder() {
            CallSession call = callInConversation();
            call.addTurn(Speaker.AGENT, "Thanks for calling, how can I help?", t(3));
            call.addTurn(Speaker.AGENT, "We open at 9.", t(8));
            // The caller's transcript arrives after the agent already answered.
            call.addTurn(Speaker.CALLER, "When do you open?", t(6));

            assertThat(call.transcript()).extracting(TranscriptTurn::text)
                    .containsExactly("Thanks for calling, how can I help?", "When do you open?", "We open at 9.");
        }

        @Test
        void lateTranscriptsAreAcceptedAfterTheEnd() {
            CallSession call = endedCall();
            assertThat(call.addTurn(Speaker.CALLER, "Bye!", t(61))).isTrue();
            assertThat(call.transcript()).hasSize(1);
        }

        @Test
        void aRingingCallHasNoConversation() {
            assertThatThrownBy(() -> ringingCall().addTurn(Speaker.CALLER, "Hello?", t(1)))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void turnsBeyondTheCapAreDropped() {
            CallSession call = callInConversation();
            for (int i = 0; i < CallSession.MAX_TRANSCRIPT_TURNS; i++) {
                assertThat(call.addTurn(Speaker.CALLER, "turn " + i, t(3 + i))).isTrue();
            }
            assertThat(call.addTurn(Speaker.AGENT, "one more", t(1000))).isFalse();
            assertThat(call.transcript()).hasSize(CallSession.MAX_TRANSCRIPT_TURNS);
        }

        @Test
        void theTranscriptCannotBeChangedFromOutside() {
            CallSession call = callInConversation();
            call.addTurn(Speaker.CALLER, "Hi", t(3));
            assertThatThrownBy(() -> call.transcript().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void turnTextIsStrippedCutAndNeverBlank() {
            assertThat(TranscriptTurn.caller("  hi  ", t(1)).text()).isEqualTo("hi");
            assertThat(TranscriptTurn.agent("x".repeat(5000), t(1)).text()).hasSize(TranscriptTurn.MAX_TEXT_LENGTH);
            assertThatThrownBy(() -> TranscriptTurn.caller(" ", t(1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class RecordedFacts {
        @Test
        void intentSummaryCostAndMessage() {
            CallSession call = endedCall();
            call.recordIntent(Intent.MESSAGE);
            call.recordSummary("  Jane wants to move her appointment.  ");
            call.addCost(new CostBreakdown(Money.of(3, "USD"), Money.of(1, "USD")));
            call.addCost(new CostBreakdown(Money.of(2, "USD"), Money.of(0, "USD")));
            call.linkMessage(MESSAGE_ID);

            assertThat(call.intent()).contains(Intent.MESSAGE);
            assertThat(call.summary()).contains("Jane wants to move her appointment.");
            assertThat(call.cost()).contains(new CostBreakdown(Money.of(5, "USD"), Money.of(1, "USD")));
            assertThat(call.cost().orElseThrow().total()).isEqualTo(Money.of(6, "USD"));
            assertThat(call.linkedMessageId()).contains(MESSAGE_ID);

            call.recordCost(CostBreakdown.zero("USD"));
            assertThat(call.cost()).contains(CostBreakdown.zero("USD"));
        }

        @Test
        void summaryIsCappedAndNeverBlank() {
            CallSession call = endedCall();
            call.recordSummary("s".repeat(3000));
            assertThat(call.summary().orElseThrow()).hasSize(CallSession.MAX_SUMMARY_LENGTH);
            assertThatThrownBy(() -> call.recordSummary(" ")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void externalIdCanBeAttachedOnceButNotChanged() {
            CallSession call = CallSession.ring(CALL_ID, BUSINESS_ID, CALLER_PHONE.e164(), "+13125550100", Optional.empty(), NOW);
            call.attachExternalCallId("vox-9");
            call.attachExternalCallId(" vox-9 ");
            assertThat(call.externalCallId()).contains("vox-9");
            assertThatThrownBy(() -> call.attachExternalCallId("vox-10")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class CallerNumber {
        @Test
        void keepsTheNumberAsReceived() {
            assertThat(ringingCall().callerNumber()).isEqualTo(CALLER_PHONE.e164());
            assertThat(ringingCall().callerPhoneNumber()).contains(CALLER_PHONE);
            assertThat(ringingCall().isAnonymousCaller()).isFalse();
        }

        @Test
        void missingOrUnusableNumbersAreAnonymous() {
            CallSession blank = CallSession.ring(CALL_ID, BUSINESS_ID, " ", "+13125550100", Optional.empty(), NOW);
            assertThat(blank.callerNumber()).isEqualTo(CallSession.ANONYMOUS_CALLER);
            assertThat(blank.isAnonymousCaller()).isTrue();

            CallSession hidden = CallSession.ring(CALL_ID, BUSINESS_ID, "Restricted", "+13125550100", Optional.empty(), NOW);
            assertThat(hidden.callerNumber()).isEqualTo("Restricted");
            assertThat(hidden.callerPhoneNumber()).isEmpty();
        }

        @Test
        void calledNumberIsRequired() {
            assertThatThrownBy(() -> CallSession.ring(CALL_ID, BUSINESS_ID, "+12125550199", " ", Optional.empty(), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
