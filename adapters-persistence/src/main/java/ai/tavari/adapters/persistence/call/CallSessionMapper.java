package ai.tavari.adapters.persistence.call;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallSessionSnapshot;
import ai.tavari.domain.call.CallState;
import ai.tavari.domain.call.CostBreakdown;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.call.TranscriptTurn;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Between a call's snapshot and its rows. */
final class CallSessionMapper {
    private CallSessionMapper() {
    }

    static CallSessionSnapshot toSnapshot(CallSessionEntity row, List<TranscriptTurnEntity> turns) {
        Optional<CostBreakdown> cost = row.costCurrency == null ? Optional.empty()
                : Optional.of(new CostBreakdown(Money.of(row.costAiMinor, row.costCurrency.strip()),
                        Money.of(row.costTelephonyMinor, row.costCurrency.strip())));
        return new CallSessionSnapshot(
                new CallId(row.id),
                new BusinessId(row.businessId),
                row.callerNumber,
                row.calledNumber,
                Optional.ofNullable(row.externalCallId),
                CallState.valueOf(row.state),
                Timestamps.fromColumn(row.startedAt),
                Optional.ofNullable(Timestamps.fromColumn(row.authorizedAt)),
                Optional.ofNullable(row.maxDurationSeconds).map(Duration::ofSeconds),
                Optional.ofNullable(Timestamps.fromColumn(row.answeredAt)),
                Optional.ofNullable(Timestamps.fromColumn(row.endedAt)),
                Optional.ofNullable(row.outcome).map(Outcome::valueOf),
                Optional.ofNullable(row.rejectionReason).map(DenyReason::valueOf),
                Optional.ofNullable(row.transferNumber).map(PhoneNumber::of),
                row.transferAttempts,
                turns.stream().map(CallSessionMapper::toTurn).toList(),
                Optional.ofNullable(row.intent).map(Intent::valueOf),
                Optional.ofNullable(row.summary),
                cost,
                Optional.ofNullable(row.linkedMessageId).map(MessageId::new));
    }

    static CallSummary toSummary(CallSessionEntity row) {
        return new CallSummary(new CallId(row.id), row.callerNumber, CallState.valueOf(row.state),
                Timestamps.fromColumn(row.startedAt),
                Optional.ofNullable(Timestamps.fromColumn(row.answeredAt)),
                Optional.ofNullable(Timestamps.fromColumn(row.endedAt)),
                Optional.ofNullable(row.outcome).map(Outcome::valueOf),
                Optional.ofNullable(row.intent).map(Intent::valueOf),
                Optional.ofNullable(row.summary),
                row.billableMinutes,
                Optional.ofNullable(row.linkedMessageId).map(MessageId::new));
    }

    /** Copies every fact of the call, and the figures derived from them for the dashboard, into its row. */
    static void copyInto(CallSessionSnapshot call, CallSessionEntity row) {
        CallSession derived = CallSession.restore(call);
        row.id = call.id().value();
        row.businessId = call.businessId().value();
        row.externalCallId = call.externalCallId().orElse(null);
        row.callerNumber = call.callerNumber();
        row.calledNumber = call.calledNumber();
        row.state = call.state().name();
        row.outcome = call.outcome().map(Enum::name).orElse(null);
        row.rejectionReason = call.rejectionReason().map(Enum::name).orElse(null);
        row.intent = call.intent().map(Enum::name).orElse(null);
        row.summary = call.summary().orElse(null);
        row.startedAt = Timestamps.toColumnMicros(call.startedAt());
        row.authorizedAt = Timestamps.toColumnMicros(call.authorizedAt().orElse(null));
        row.answeredAt = Timestamps.toColumnMicros(call.answeredAt().orElse(null));
        row.endedAt = Timestamps.toColumnMicros(call.endedAt().orElse(null));
        row.maxDurationSeconds = call.maxDuration().map(CallSessionMapper::wholeSeconds).orElse(null);
        row.durationSeconds = derived.isEnded() ? Math.toIntExact(derived.duration().getSeconds()) : null;
        row.billableMinutes = Math.toIntExact(derived.billableMinutes());
        row.costAiMinor = call.cost().map(c -> c.ai().minorUnits()).orElse(null);
        row.costTelephonyMinor = call.cost().map(c -> c.telephony().minorUnits()).orElse(null);
        row.costCurrency = call.cost().map(CostBreakdown::currency).orElse(null);
        row.transferNumber = call.transferTarget().map(PhoneNumber::e164).orElse(null);
        row.transferAttempts = call.transferAttempts();
        row.linkedMessageId = call.linkedMessageId().map(MessageId::value).orElse(null);
    }

    static TranscriptTurnEntity toRow(UUID callId, int seq, TranscriptTurn turn) {
        TranscriptTurnEntity row = new TranscriptTurnEntity();
        row.callId = callId;
        row.seq = seq;
        copyInto(turn, row);
        return row;
    }

    static void copyInto(TranscriptTurn turn, TranscriptTurnEntity row) {
        row.speaker = turn.speaker().name();
        row.text = turn.text();
        row.spokenAt = Timestamps.toColumnMicros(turn.at());
    }

    private static TranscriptTurn toTurn(TranscriptTurnEntity row) {
        return new TranscriptTurn(Speaker.valueOf(row.speaker), row.text, Timestamps.fromColumn(row.spokenAt));
    }

    /** The maximum duration is stored in whole seconds; a finer one would not come back as it went in. */
    private static int wholeSeconds(Duration maxDuration) {
        if (maxDuration.getNano() != 0) {
            throw new IllegalArgumentException("a call's maximum duration must be whole seconds, not " + maxDuration);
        }
        return Math.toIntExact(maxDuration.getSeconds());
    }
}
