package ai.tavari.application.fakes;

import ai.tavari.application.port.out.CallActivity;
import ai.tavari.domain.call.CallSessionSnapshot;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryCallActivity implements CallActivity {
    private final InMemoryCallSessionRepository calls;
    private final Map<CallId, Instant> lastActivity = new ConcurrentHashMap<>();

    public InMemoryCallActivity(InMemoryCallSessionRepository calls) {
        this.calls = calls;
    }

    @Override
    public void touch(Collection<CallId> ids, Instant at) {
        Map<CallId, CallSessionSnapshot> live = calls.liveCalls();
        ids.stream().filter(live::containsKey)
                .forEach(id -> lastActivity.merge(id, at, (old, now) -> now.isAfter(old) ? now : old));
    }

    @Override
    public List<SilentCall> silentSince(Instant cutoff, int limit) {
        return calls.liveCalls().values().stream()
                .map(call -> new SilentCall(call.businessId(), call.id(),
                        lastActivity.getOrDefault(call.id(), call.startedAt())))
                .filter(call -> call.lastActivity().isBefore(cutoff))
                .sorted(Comparator.comparing(SilentCall::lastActivity))
                .limit(limit)
                .toList();
    }
}
