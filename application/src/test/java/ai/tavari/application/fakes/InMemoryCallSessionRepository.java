package ai.tavari.application.fakes;

import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.DuplicateCallException;
import ai.tavari.application.port.out.Page;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallSessionSnapshot;
import ai.tavari.domain.shared.CallId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Stores snapshots, so a loaded call is a copy and changing it changes nothing until
 * {@link #update}; versions per object as the port describes.
 */
public class InMemoryCallSessionRepository implements CallSessionRepository {
    private final Map<CallId, Stored> rows = new LinkedHashMap<>();
    private final Map<CallSession, Long> versions = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public synchronized void add(CallSession call) {
        CallSessionSnapshot snapshot = call.snapshot();
        if (rows.containsKey(snapshot.id())) {
            throw new DuplicateCallException("call " + snapshot.id() + " exists");
        }
        requireExternalIdFree(snapshot);
        rows.put(snapshot.id(), new Stored(snapshot, 1));
        versions.put(call, 1L);
    }

    @Override
    public synchronized void update(CallSession call) {
        CallSessionSnapshot snapshot = call.snapshot();
        Stored stored = rows.get(snapshot.id());
        if (stored == null || !stored.snapshot().businessId().equals(snapshot.businessId())) {
            throw new IllegalStateException("no call " + snapshot.id() + " of business " + snapshot.businessId());
        }
        Long expected = versions.get(call);
        if (expected == null) {
            throw new IllegalStateException("call " + snapshot.id() + " was not loaded or added through this repository");
        }
        if (stored.version() != expected) {
            throw new StaleDataException("call " + snapshot.id() + " changed since it was read");
        }
        requireExternalIdFree(snapshot);
        long next = stored.version() + 1;
        rows.put(snapshot.id(), new Stored(snapshot, next));
        versions.put(call, next);
    }

    @Override
    public synchronized Optional<CallSession> findById(BusinessId businessId, CallId id) {
        return Optional.ofNullable(rows.get(id))
                .filter(stored -> stored.snapshot().businessId().equals(businessId))
                .map(this::restore);
    }

    @Override
    public synchronized Optional<CallSession> findByExternalId(String externalCallId) {
        return rows.values().stream()
                .filter(stored -> stored.snapshot().externalCallId().equals(Optional.ofNullable(externalCallId)))
                .findFirst()
                .map(this::restore);
    }

    @Override
    public synchronized long countActive(BusinessId businessId) {
        return rows.values().stream()
                .map(Stored::snapshot)
                .filter(s -> s.businessId().equals(businessId) && s.state().isActive())
                .count();
    }

    /** One lock for every business: admissions run one at a time, as the database makes them per business. */
    @Override
    public synchronized long countActiveForAdmission(BusinessId businessId) {
        return countActive(businessId);
    }

    /** Live calls with their start times, for the in-memory activity store. */
    public synchronized Map<CallId, CallSessionSnapshot> liveCalls() {
        Map<CallId, CallSessionSnapshot> live = new LinkedHashMap<>();
        rows.forEach((id, stored) -> {
            if (stored.snapshot().state().isActive()) {
                live.put(id, stored.snapshot());
            }
        });
        return live;
    }

    @Override
    public synchronized Page<CallSummary> list(BusinessId businessId, CallQuery query) {
        var matching = rows.values().stream()
                .map(Stored::snapshot)
                .filter(snapshot -> snapshot.businessId().equals(businessId))
                .map(snapshot -> CallSummary.of(CallSession.restore(snapshot)))
                .filter(call -> query.from().map(from -> !call.startedAt().isBefore(from)).orElse(true))
                .filter(call -> query.to().map(to -> call.startedAt().isBefore(to)).orElse(true))
                .filter(call -> query.outcome().map(outcome -> call.outcome().equals(Optional.of(outcome))).orElse(true))
                .filter(call -> query.intent().map(intent -> call.intent().equals(Optional.of(intent))).orElse(true))
                .filter(call -> query.hasMessage().map(wanted -> call.hasMessage() == wanted).orElse(true))
                .toList();
        return NewestFirstPages.page(matching, CallSummary::startedAt, call -> call.id().value(), query.position(),
                query.limit());
    }

    /** Whether {@code callId} is one of the business's calls (what the database's composite keys check). */
    public synchronized boolean isCallOf(BusinessId businessId, CallId callId) {
        Stored stored = rows.get(callId);
        return stored != null && stored.snapshot().businessId().equals(businessId);
    }

    public synchronized int size() {
        return rows.size();
    }

    private CallSession restore(Stored stored) {
        CallSession call = CallSession.restore(stored.snapshot());
        versions.put(call, stored.version());
        return call;
    }

    private void requireExternalIdFree(CallSessionSnapshot snapshot) {
        if (snapshot.externalCallId().isEmpty()) {
            return;
        }
        boolean taken = rows.values().stream()
                .map(Stored::snapshot)
                .anyMatch(other -> !other.id().equals(snapshot.id()) && other.externalCallId().equals(snapshot.externalCallId()));
        if (taken) {
            throw new DuplicateCallException("another call has provider call id " + snapshot.externalCallId().get());
        }
    }

    private record Stored(CallSessionSnapshot snapshot, long version) {
    }
}
