package ai.tavari.domain.call;

import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_ID;
import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_PHONE;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallSessionRestoreTest {

    private static CallSessionSnapshot snapshot(CallState state, Optional<Instant> authorizedAt, Optional<Instant> answeredAt,
            Optional<Instant> endedAt, Optional<Outcome> outcome) {
        return new CallSessionSnapshot(CALL_ID, BUSINESS_ID, "+12125550199", "+13125550100", Optional.empty(), state, NOW,
                authorizedAt, authorizedAt.map(a -> Duration.ofMinutes(30)), answeredAt, endedAt, outcome,
                Optional.empty(), Optional.empty(), 0, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void aSnapshotRoundTripsEveryFact() {
        CallSession call = callInConversation();
        call.addTurn(Speaker.CALLER, "Can someone call me back?", NOW.plusSeconds(5));
        call.beginTransfer(BUSINESS_PHONE, NOW.plusSeconds(10));
        call.transferFailed(NOW.plusSeconds(20));
        call.end(Outcome.MESSAGE_TAKEN, NOW.plusSeconds(80));
        call.recordIntent(Intent.TRANSFER);
        call.recordSummary("Wanted a person; left a message.");
        call.recordCost(new CostBreakdown(Money.of(7, "USD"), Money.of(2, "USD")));
        call.linkMessage(MESSAGE_ID);

        CallSessionSnapshot snapshot = call.snapshot();
        CallSession restored = CallSession.restore(snapshot);

        assertThat(restored.snapshot()).isEqualTo(snapshot);
        assertThat(restored.billableMinutes()).isEqualTo(2);
        assertThat(restored.transferAttempts()).isEqualTo(1);
        assertThat(restored.transferTarget()).contains(BUSINESS_PHONE);
    }

    @Test
    void aRestoredActiveCallContinuesItsLifecycle() {
        CallSession restored = CallSession.restore(callInConversation().snapshot());
        restored.end(Outcome.COMPLETED, NOW.plusSeconds(30));
        assertThat(restored.duration()).isEqualTo(Duration.ofSeconds(28));
    }

    @Test
    void restoredRingingCallCanBeRejected() {
        CallSession restored = CallSession.restore(ringingCall().snapshot());
        restored.reject(DenyReason.SETUP_NOT_FINALIZED, NOW.plusSeconds(1));
        assertThat(restored.snapshot().rejectionReason()).contains(DenyReason.SETUP_NOT_FINALIZED);
    }

    @Test
    void factsMustFitTheState() {
        Optional<Instant> authorized = Optional.of(NOW.plusSeconds(1));
        Optional<Instant> answered = Optional.of(NOW.plusSeconds(2));
        Optional<Instant> ended = Optional.of(NOW.plusSeconds(60));

        assertThatThrownBy(() -> CallSession.restore(snapshot(CallState.IN_CONVERSATION, authorized, Optional.empty(),
                Optional.empty(), Optional.empty()))).as("conversation without answer").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallSession.restore(snapshot(CallState.ENDED, authorized, answered, ended, Optional.empty())))
                .as("ended without outcome").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallSession.restore(snapshot(CallState.RINGING, authorized, Optional.empty(),
                Optional.empty(), Optional.empty()))).as("ringing but authorized").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallSession.restore(snapshot(CallState.TRANSFERRING, authorized, answered,
                Optional.empty(), Optional.empty()))).as("transferring without target").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallSession.restore(snapshot(CallState.ENDED, authorized, answered,
                Optional.of(NOW.plusSeconds(1)), Optional.of(Outcome.COMPLETED))))
                .as("ended before answered").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyRejectedCallsHaveARejectionReason() {
        CallSessionSnapshot s = snapshot(CallState.ENDED, Optional.of(NOW.plusSeconds(1)), Optional.of(NOW.plusSeconds(2)),
                Optional.of(NOW.plusSeconds(60)), Optional.of(Outcome.COMPLETED));
        CallSessionSnapshot withReason = new CallSessionSnapshot(s.id(), s.businessId(), s.callerNumber(), s.calledNumber(),
                s.externalCallId(), s.state(), s.startedAt(), s.authorizedAt(), s.maxDuration(), s.answeredAt(), s.endedAt(),
                s.outcome(), Optional.of(DenyReason.NO_SUBSCRIPTION), s.transferTarget(), s.transferAttempts(), s.transcript(),
                s.intent(), s.summary(), s.cost(), s.linkedMessageId());
        assertThat(CallSession.restore(s).billableMinutes()).isEqualTo(1);
        assertThatThrownBy(() -> CallSession.restore(withReason)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullOptionalsInASnapshotMeanAbsent() {
        CallSessionSnapshot sparse = new CallSessionSnapshot(CALL_ID, BUSINESS_ID, null, "+13125550100", null,
                CallState.RINGING, NOW, null, null, null, null, null, null, null, 0, null, null, null, null, null);
        CallSession restored = CallSession.restore(sparse);
        assertThat(restored.callerNumber()).isEqualTo(CallSession.ANONYMOUS_CALLER);
        assertThat(restored.transcript()).isEmpty();
        assertThat(restored.externalCallId()).isEmpty();
    }
}
