package ai.tavari.adapters.telephony.webhook;

import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.call.AuthorizeIncomingCall;
import ai.tavari.application.port.in.call.CallDecision;
import ai.tavari.application.port.in.call.IncomingCallCommand;
import ai.tavari.application.port.in.call.RecordTelephonyEvent;
import ai.tavari.application.port.in.call.TelephonyEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The two webhook use cases, recording what they were given; unknown provider call ids are not found. */
final class FakeCallUseCases implements AuthorizeIncomingCall, RecordTelephonyEvent {
    final List<IncomingCallCommand> commands = new ArrayList<>();
    final List<TelephonyEvent> events = new ArrayList<>();
    final Set<String> knownCalls = new HashSet<>(Set.of("8A1C0D2E.1"));
    private final Set<String> seenEventIds = new HashSet<>();
    CallDecision decision;

    @Override
    public CallDecision decide(IncomingCallCommand command) {
        commands.add(command);
        if (!seenEventIds.add(command.eventId())) {
            return new CallDecision.Duplicate();
        }
        return decision;
    }

    @Override
    public boolean record(TelephonyEvent event) {
        if (!knownCalls.contains(event.externalCallId())) {
            throw new NotFoundException("call");
        }
        events.add(event);
        return seenEventIds.add(event.eventId());
    }
}
