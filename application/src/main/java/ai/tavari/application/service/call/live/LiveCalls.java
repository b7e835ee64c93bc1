package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.CallActivity.SilentCall;
import ai.tavari.application.port.out.CallScheduler;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The calls live on this server: one ticker paces them all (cheaper than a timer per call), a
 * heartbeat records that they are alive, and a reconciler closes calls, of any server, whose
 * heartbeat stopped (the server died mid-call), metering them from their last sign of life.
 */
@Singleton
public class LiveCalls {
    private static final Logger LOG = Logger.getLogger(LiveCalls.class.getName());
    static final Duration TICK = Duration.ofMillis(20);

    private final Map<CallId, CallBridge> byId = new ConcurrentHashMap<>();
    private final Map<String, CallBridge> byExternalId = new ConcurrentHashMap<>();
    private final CallScheduler scheduler;
    private final LiveCallMaintenance maintenance;
    private final LiveCallSettings settings;
    private final Clock clock;
    private boolean started;

    @Inject
    public LiveCalls(CallScheduler scheduler, LiveCallMaintenance maintenance, LiveCallSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.maintenance = maintenance;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts pacing, heartbeats and reconciliation; the composition root calls it at startup. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        scheduler.scheduleAtFixedRate(this::tickAll, TICK, TICK);
        scheduler.scheduleAtFixedRate(this::maintain, settings.heartbeat(), settings.heartbeat());
    }

    void register(CallBridge bridge) {
        start();
        byId.put(bridge.call().id(), bridge);
        bridge.call().externalCallId().ifPresent(id -> byExternalId.put(id, bridge));
    }

    void remove(CallBridge bridge) {
        byId.remove(bridge.call().id(), bridge);
        bridge.call().externalCallId().ifPresent(id -> byExternalId.remove(id, bridge));
    }

    Optional<CallBridge> find(CallId callId) {
        return Optional.ofNullable(byId.get(callId));
    }

    Optional<CallBridge> findByExternalId(String externalCallId) {
        return Optional.ofNullable(byExternalId.get(externalCallId));
    }

    public int count() {
        return byId.size();
    }

    void tickAll() {
        for (CallBridge bridge : byId.values()) {
            try {
                bridge.tick();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "tick of " + bridge + " failed", e);
            }
        }
    }

    /** Heartbeat for the calls live here, then close calls silent for too long anywhere. */
    void maintain() {
        try {
            Instant now = clock.instant();
            maintenance.touch(List.copyOf(byId.keySet()), now);
            for (SilentCall silent : maintenance.silentCalls(now.minus(settings.silentAfter()))) {
                if (!byId.containsKey(silent.callId())) {
                    maintenance.closeSilent(silent);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live call maintenance failed; retrying at the next heartbeat", e);
        }
    }
}
