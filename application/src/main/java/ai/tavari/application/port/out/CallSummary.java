package ai.tavari.application.port.out;

import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallState;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One row of the dashboard's call list: a call without its transcript. */
public record CallSummary(
        CallId id,
        String callerNumber,
        CallState state,
        Instant startedAt,
        Optional<Instant> answeredAt,
        Optional<Instant> endedAt,
        Optional<Outcome> outcome,
        Optional<Intent> intent,
        Optional<String> summary,
        long billableMinutes,
        Optional<MessageId> linkedMessageId) {

    public CallSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callerNumber, "callerNumber");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        answeredAt = Objects.requireNonNullElse(answeredAt, Optional.empty());
        endedAt = Objects.requireNonNullElse(endedAt, Optional.empty());
        outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        intent = Objects.requireNonNullElse(intent, Optional.empty());
        summary = Objects.requireNonNullElse(summary, Optional.empty());
        linkedMessageId = Objects.requireNonNullElse(linkedMessageId, Optional.empty());
    }

    public static CallSummary of(CallSession call) {
        return new CallSummary(call.id(), call.callerNumber(), call.state(), call.startedAt(), call.answeredAt(),
                call.endedAt(), call.outcome(), call.intent(), call.summary(), call.billableMinutes(),
                call.linkedMessageId());
    }

    /** Answered to ended, as {@link CallSession#duration()}: zero if never answered or not ended. */
    public Duration duration() {
        return answeredAt.isPresent() && endedAt.isPresent() ? Duration.between(answeredAt.get(), endedAt.get()) : Duration.ZERO;
    }

    public boolean hasMessage() {
        return linkedMessageId.isPresent();
    }
}
