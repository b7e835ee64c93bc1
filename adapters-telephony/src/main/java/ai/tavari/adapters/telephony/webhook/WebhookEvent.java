package ai.tavari.adapters.telephony.webhook;

import ai.tavari.application.port.in.call.IncomingCallCommand;
import ai.tavari.application.port.in.call.TelephonyEvent;
import java.util.Objects;

/** A webhook body read into what the application's ports take. */
sealed interface WebhookEvent {

    /** {@code call.started}: the answer is the call's decision. */
    record CallStarted(IncomingCallCommand command) implements WebhookEvent {
        public CallStarted {
            Objects.requireNonNull(command, "command");
        }
    }

    /** {@code call.ended}, {@code transfer.result} or {@code recording.ready}. */
    record CallUpdate(TelephonyEvent event) implements WebhookEvent {
        public CallUpdate {
            Objects.requireNonNull(event, "event");
        }
    }
}
