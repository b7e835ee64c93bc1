package ai.tavari.application.service.call.live;

import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.TranscriptTurn;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times for events reported about a call by another clock (another server, the provider): an
 * event is never dated before what the call already recorded, so a slightly late clock cannot
 * make a report impossible to apply.
 */
final class CallTimes {
    private CallTimes() {
    }

    static Instant notBeforeLastEvent(CallSession call, Instant at) {
        return Stream.of(Optional.of(at), Optional.of(call.startedAt()), call.authorizedAt(), call.answeredAt(),
                        call.transcript().stream().map(TranscriptTurn::at).max(Instant::compareTo))
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .orElse(at);
    }
}
