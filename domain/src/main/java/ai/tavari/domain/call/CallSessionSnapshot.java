package ai.tavari.domain.call;

import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every stored fact of a {@link CallSession}, for persistence: {@link CallSession#snapshot()}
 * produces one, {@link CallSession#restore(CallSessionSnapshot)} rebuilds the session from one and
 * checks that the facts fit the state.
 */
public record CallSessionSnapshot(
        CallId id,
        BusinessId businessId,
        String callerNumber,
        String calledNumber,
        Optional<String> externalCallId,
        CallState state,
        Instant startedAt,
        Optional<Instant> authorizedAt,
        Optional<Duration> maxDuration,
        Optional<Instant> answeredAt,
        Optional<Instant> endedAt,
        Optional<Outcome> outcome,
        Optional<DenyReason> rejectionReason,
        Optional<PhoneNumber> transferTarget,
        int transferAttempts,
        List<TranscriptTurn> transcript,
        Optional<Intent> intent,
        Optional<String> summary,
        Optional<CostBreakdown> cost,
        Optional<MessageId> linkedMessageId) {

    public CallSessionSnapshot {
        externalCallId = Objects.requireNonNullElse(externalCallId, Optional.empty());
        authorizedAt = Objects.requireNonNullElse(authorizedAt, Optional.empty());
        maxDuration = Objects.requireNonNullElse(maxDuration, Optional.empty());
        answeredAt = Objects.requireNonNullElse(answeredAt, Optional.empty());
        endedAt = Objects.requireNonNullElse(endedAt, Optional.empty());
        outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        rejectionReason = Objects.requireNonNullElse(rejectionReason, Optional.empty());
        transferTarget = Objects.requireNonNullElse(transferTarget, Optional.empty());
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
        intent = Objects.requireNonNullElse(intent, Optional.empty());
        summary = Objects.requireNonNullElse(summary, Optional.empty());
        cost = Objects.requireNonNullElse(cost, Optional.empty());
        linkedMessageId = Objects.requireNonNullElse(linkedMessageId, Optional.empty());
    }
}
