package ai.tavari.adapters.web.call;

import ai.tavari.adapters.web.message.MessageView;
import ai.tavari.application.port.in.call.CallDetails;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** One call in full: timing, outcome, intent, summary, transcript, the message taken and the recording. */
@JsonbPropertyOrder({"id", "startedAt", "answeredAt", "endedAt", "callerNumber", "calledNumber", "state",
        "durationSeconds", "billableMinutes", "outcome", "rejectionReason", "intent", "summary", "transferredTo",
        "hasMessage", "messageId", "message", "recordingUrl", "transcript"})
public record CallDetailsView(String id, Instant startedAt, Instant answeredAt, Instant endedAt, String callerNumber,
                              String calledNumber, String state, long durationSeconds, long billableMinutes,
                              String outcome, String rejectionReason, String intent, String summary,
                              String transferredTo, boolean hasMessage, String messageId, MessageView message,
                              String recordingUrl, List<TranscriptTurnView> transcript) {
    static CallDetailsView of(CallDetails details) {
        CallSession call = details.call();
        return new CallDetailsView(call.id().toString(), call.startedAt(), call.answeredAt().orElse(null),
                call.endedAt().orElse(null), call.callerNumber(), call.calledNumber(), call.state().name(),
                call.duration().getSeconds(), call.billableMinutes(), call.outcome().map(Enum::name).orElse(null),
                call.rejectionReason().map(Enum::name).orElse(null), call.intent().map(Enum::name).orElse(null),
                call.summary().orElse(null), call.transferTarget().map(PhoneNumber::e164).orElse(null),
                call.linkedMessageId().isPresent(), call.linkedMessageId().map(MessageId::toString).orElse(null),
                details.message().map(MessageView::of).orElse(null), details.recordingUrl().orElse(null),
                call.transcript().stream().map(TranscriptTurnView::of).toList());
    }
}
