package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.call.RecordTelephonyEvent;
import ai.tavari.application.port.in.call.TelephonyEvent;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Telephony events after a call started: a call live on this server hears them through its
 * conversation (which owns the call's state), any other call is updated in the database.
 */
@Singleton
public class TelephonyEventService implements RecordTelephonyEvent {
    private final TelephonyEventRecorder recorder;
    private final LiveCalls liveCalls;

    @Inject
    public TelephonyEventService(TelephonyEventRecorder recorder, LiveCalls liveCalls) {
        this.recorder = recorder;
        this.liveCalls = liveCalls;
    }

    @Override
    public boolean record(TelephonyEvent event) {
        Optional<CallBridge> live = liveCalls.findByExternalId(event.externalCallId());
        if (live.isEmpty() || event instanceof TelephonyEvent.RecordingReady) {
            return recorder.apply(event);
        }
        if (!recorder.markSeen(event)) {
            return false;
        }
        if (event instanceof TelephonyEvent.CallEnded ended) {
            live.get().telephonyEnded(ended.reason());
        } else if (event instanceof TelephonyEvent.TransferResult result) {
            live.get().transferResult(result.success(), result.code());
        }
        return true;
    }
}
