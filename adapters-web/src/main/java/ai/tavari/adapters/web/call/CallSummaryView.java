package ai.tavari.adapters.web.call;

import ai.tavari.application.port.out.CallSummary;
import ai.tavari.domain.shared.MessageId;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** One row of the call list. Absent facts (a live call's outcome, a call without intent) are left out. */
@JsonbPropertyOrder({"id", "startedAt", "endedAt", "callerNumber", "state", "durationSeconds", "billableMinutes",
        "outcome", "intent", "summary", "hasMessage", "messageId"})
public record CallSummaryView(String id, Instant startedAt, Instant endedAt, String callerNumber, String state,
                              long durationSeconds, long billableMinutes, String outcome, String intent, String summary,
                              boolean hasMessage, String messageId) {
    static CallSummaryView of(CallSummary call) {
        return new CallSummaryView(call.id().toString(), call.startedAt(), call.endedAt().orElse(null),
                call.callerNumber(), call.state().name(), call.duration().getSeconds(), call.billableMinutes(),
                call.outcome().map(Enum::name).orElse(null), call.intent().map(Enum::name).orElse(null),
                call.summary().orElse(null), call.hasMessage(), call.linkedMessageId().map(MessageId::toString).orElse(null));
    }
}
