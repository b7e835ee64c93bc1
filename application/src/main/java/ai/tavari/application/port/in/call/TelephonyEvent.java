package ai.tavari.application.port.in.call;

import ai.tavari.application.validation.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the telephony provider reports about a call after it started; each has a unique event id. */
public sealed interface TelephonyEvent {
    String eventId();

    String externalCallId();

    Instant at();

    /** The call is over on the phone side. */
    record CallEnded(String eventId, String externalCallId, Instant at, String reason) implements TelephonyEvent {
        public CallEnded {
            Validation validation = ids(eventId, externalCallId);
            validation.maxLength(reason, 64, "reason");
            validation.throwIfInvalid();
            Objects.requireNonNull(at, "at");
            reason = reason == null || reason.isBlank() ? "unknown" : reason.strip();
        }
    }

    /** A transfer to a person connected or failed ({@code code}: the provider's failure code). */
    record TransferResult(String eventId, String externalCallId, Instant at, boolean success, Optional<Integer> code)
            implements TelephonyEvent {
        public TransferResult {
            ids(eventId, externalCallId).throwIfInvalid();
            Objects.requireNonNull(at, "at");
            code = Objects.requireNonNullElse(code, Optional.empty());
        }
    }

    /** The call's audio (a voicemail) is stored at {@code url}. */
    record RecordingReady(String eventId, String externalCallId, Instant at, String url, int durationSeconds)
            implements TelephonyEvent {
        public RecordingReady {
            Validation validation = ids(eventId, externalCallId);
            validation.notBlank(url, "url").maxLength(url, 1000, "url");
            validation.require(url == null || url.startsWith("https://") || url.startsWith("http://"), "url",
                    "must be an http(s) URL");
            validation.require(durationSeconds >= 0, "durationSeconds", "must not be negative");
            validation.throwIfInvalid();
            Objects.requireNonNull(at, "at");
        }
    }

    private static Validation ids(String eventId, String externalCallId) {
        Validation validation = new Validation();
        validation.notBlank(eventId, "id").maxLength(eventId, 255, "id");
        validation.notBlank(externalCallId, "callId").maxLength(externalCallId, IncomingCallCommand.MAX_ID_LENGTH,
                "callId");
        return validation;
    }
}
