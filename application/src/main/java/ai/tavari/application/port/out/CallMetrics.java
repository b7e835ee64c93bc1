package ai.tavari.application.port.out;

import ai.tavari.domain.call.Outcome;
import java.time.Duration;

/** Operational figures of the call pipeline, for monitoring. */
public interface CallMetrics {
    void callAdmitted(Duration setupTime);

    void callStarted();

    void callEnded(Outcome outcome);

    void firstAgentAudio(Duration sinceMediaConnected);

    void bargeIn();

    void aiFailure(String cause);

    /** Does nothing: for tests and for servers without metrics. */
    CallMetrics NONE = new CallMetrics() {
        @Override
        public void callAdmitted(Duration setupTime) {
        }

        @Override
        public void callStarted() {
        }

        @Override
        public void callEnded(Outcome outcome) {
        }

        @Override
        public void firstAgentAudio(Duration sinceMediaConnected) {
        }

        @Override
        public void bargeIn() {
        }

        @Override
        public void aiFailure(String cause) {
        }
    };
}
