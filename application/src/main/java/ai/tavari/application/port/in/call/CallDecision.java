package ai.tavari.application.port.in.call;

import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What the telephony side does with an incoming call. */
public sealed interface CallDecision {

    /** Answer and stream media to the server with {@code mediaToken} (single use, short-lived). */
    record Connect(CallId callId, String mediaToken, Duration maxDuration) implements CallDecision {
        public Connect {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(mediaToken, "mediaToken");
            Objects.requireNonNull(maxDuration, "maxDuration");
        }
    }

    /** Answer, say {@code prompt}, record a voicemail of at most {@code maxRecording}. */
    record Voicemail(CallId callId, String prompt, Duration maxRecording) implements CallDecision {
        public Voicemail {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(maxRecording, "maxRecording");
        }
    }

    /** Forward the call to the business's own number. */
    record Forward(CallId callId, PhoneNumber to) implements CallDecision {
        public Forward {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Say {@code prompt} and hang up; no call id when the number belongs to no business. */
    record Reject(Optional<CallId> callId, String prompt) implements CallDecision {
        public Reject {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    /** The event was seen before: nothing changed. */
    record Duplicate() implements CallDecision {
    }
}
