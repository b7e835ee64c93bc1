package ai.tavari.application.port.in.call;

import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.message.Message;
import java.util.Objects;
import java.util.Optional;

/** One call with everything the owner can see about it: transcript, the message taken, the recording. */
public record CallDetails(CallSession call, Optional<Message> message, Optional<String> recordingUrl) {
    public CallDetails {
        Objects.requireNonNull(call, "call");
        message = Objects.requireNonNullElse(message, Optional.empty());
        recordingUrl = Objects.requireNonNullElse(recordingUrl, Optional.empty());
    }
}
