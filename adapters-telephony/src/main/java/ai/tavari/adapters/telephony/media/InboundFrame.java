package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.CallMediaSink;
import ai.tavari.application.port.out.conversation.MulawAudio;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One frame from the scenario (CONTRACT.md §2, scenario → server) and what it means for the call. */
sealed interface InboundFrame {

    void deliverTo(CallMediaSink sink);

    /** The caller's stream starts; informational, its format was checked while parsing. */
    record Start(Optional<String> tag, Map<String, String> customParameters) implements InboundFrame {
        public Start {
            Objects.requireNonNull(tag, "tag");
            customParameters = Map.copyOf(customParameters);
        }

        @Override
        public void deliverTo(CallMediaSink sink) {
        }
    }

    /** Caller audio: the base64 payload travels on as it came. */
    record Media(String payload) implements InboundFrame {
        public Media {
            Objects.requireNonNull(payload, "payload");
        }

        @Override
        public void deliverTo(CallMediaSink sink) {
            sink.callerAudio(new MulawAudio(payload));
        }
    }

    /** The caller's stream stopped; the socket's close (or {@code callEnded}) ends the call, not this. */
    record Stop() implements InboundFrame {
        @Override
        public void deliverTo(CallMediaSink sink) {
        }
    }

    record PlaybackStarted() implements InboundFrame {
        @Override
        public void deliverTo(CallMediaSink sink) {
            sink.playbackStarted();
        }
    }

    record PlaybackEnded(Optional<Long> durationMs) implements InboundFrame {
        public PlaybackEnded {
            Objects.requireNonNull(durationMs, "durationMs");
        }

        @Override
        public void deliverTo(CallMediaSink sink) {
            sink.playbackEnded();
        }
    }

    record TransferResult(boolean success, Optional<Integer> code) implements InboundFrame {
        public TransferResult {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public void deliverTo(CallMediaSink sink) {
            sink.transferResult(success, code);
        }
    }

    record CallEnded(String reason) implements InboundFrame {
        public CallEnded {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public void deliverTo(CallMediaSink sink) {
            sink.telephonyEnded(reason);
        }
    }

    /** An {@code event} or {@code customEvent} this server does not know: skipped, so the scenario may add some. */
    record Ignored(String name) implements InboundFrame {
        public Ignored {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public void deliverTo(CallMediaSink sink) {
        }
    }
}
