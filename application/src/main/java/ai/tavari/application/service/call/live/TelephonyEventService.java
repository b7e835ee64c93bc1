package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.call.RecordTelephonyEvent;
import ai.tavari.application.port.in.call.TelephonyEvent;
import ai.tavari.application.port.out.StaleDataException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Telephony events after a call started: a call live on this server hears them through its
 * conversation (which owns the call's state), any other call is updated in the database.
 */
@Singleton
public class TelephonyEventService implements RecordTelephonyEvent {
    private static final int MAX_ATTEMPTS = 3;

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
            return applyStored(event);
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

    /** Applies the event to the stored call, again on a fresh copy if the call changed meanwhile. */
    private boolean applyStored(TelephonyEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recorder.apply(event);
            } catch (StaleDataException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
