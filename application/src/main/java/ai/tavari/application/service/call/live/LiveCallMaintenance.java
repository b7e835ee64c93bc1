package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.CallActivity;
import ai.tavari.application.port.out.CallActivity.SilentCall;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallState;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Heartbeats of live calls and the closing of calls whose server stopped beating, each in a transaction. */
@Singleton
@Transactional
public class LiveCallMaintenance {
    private static final Logger LOG = Logger.getLogger(LiveCallMaintenance.class.getName());
    private static final int BATCH = 50;

    private final CallActivity activity;
    private final CallSessionRepository calls;
    private final CallRecorder recorder;
    private final LiveCallSettings settings;

    @Inject
    public LiveCallMaintenance(CallActivity activity, CallSessionRepository calls, CallRecorder recorder,
                               LiveCallSettings settings) {
        this.activity = activity;
        this.calls = calls;
        this.recorder = recorder;
        this.settings = settings;
    }

    public void touch(Collection<CallId> live, Instant now) {
        activity.touch(live, now);
    }

    public List<SilentCall> silentCalls(Instant cutoff) {
        return activity.silentSince(cutoff, BATCH);
    }

    /**
     * Ends a call nobody is looking after any more, as of its last sign of life, and meters it.
     * Another server closing it at the same time makes this one stale: the first one wins.
     */
    public void closeSilent(SilentCall silent) {
        Optional<CallSession> found = calls.findById(silent.businessId(), silent.callId());
        if (found.isEmpty() || !found.get().isActive()) {
            return;
        }
        CallSession call = found.get();
        Instant endedAt = CallTimes.notBeforeLastEvent(call, silent.lastActivity());
        Outcome outcome = outcomeOfLostCall(call);
        call.end(outcome, endedAt);
        LOG.info(() -> "closed call " + call.id() + " whose media is gone, as " + outcome + " at " + endedAt);
        recorder.finish(call, Set.of(), settings.prices(), CallPrices.TokenTotals.NONE, endedAt);
    }

    static Outcome outcomeOfLostCall(CallSession call) {
        CallState state = call.state();
        if (state == CallState.TRANSFERRING) {
            return Outcome.TRANSFERRED;
        }
        if (state == CallState.IN_CONVERSATION) {
            return call.linkedMessageId().isPresent() ? Outcome.MESSAGE_TAKEN : Outcome.COMPLETED;
        }
        return Outcome.CALLER_HUNG_UP;
    }
}
