package ai.tavari.adapters.persistence.call;

import ai.tavari.adapters.persistence.support.ConstraintViolations;
import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.DuplicateCallException;
import ai.tavari.application.port.out.Page;
import ai.tavari.application.port.out.PageCursor;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallSessionSnapshot;
import ai.tavari.domain.call.TranscriptTurn;
import ai.tavari.domain.shared.CallId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls in {@code call_sessions}, transcripts in {@code call_transcript_turns}. Optimistic locking
 * uses the row's {@code version}: {@link #update} checks the version the object was based on and
 * increments it in the same statement that fails if someone else got there first.
 */
@ApplicationScoped
public class JpaCallSessionRepository implements CallSessionRepository {
    static final String PRIMARY_KEY = "call_sessions_pkey";
    static final String EXTERNAL_ID_KEY = "call_sessions_external_key";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;
    private final CallSessionVersions versions;

    protected JpaCallSessionRepository() {
        this.versions = new CallSessionVersions();
    }

    /** {@code versions} must be shared by every instance that sees the same call objects. */
    public JpaCallSessionRepository(EntityManager em, CallSessionVersions versions) {
        this.em = em;
        this.versions = versions;
    }

    @Override
    public void add(CallSession call) {
        CallSessionSnapshot snapshot = call.snapshot();
        CallSessionEntity row = new CallSessionEntity();
        CallSessionMapper.copyInto(snapshot, row);
        try {
            em.persist(row);
            // the call's row first: its turns refer to it
            em.flush();
            List<TranscriptTurn> turns = snapshot.transcript();
            for (int seq = 0; seq < turns.size(); seq++) {
                em.persist(CallSessionMapper.toRow(row.id, seq, turns.get(seq)));
            }
            em.flush();
        } catch (EntityExistsException e) {
            throw new DuplicateCallException("call " + snapshot.id() + " exists", e);
        } catch (PersistenceException e) {
            throw duplicateOr(e, snapshot);
        }
        versions.remember(call, row.version, snapshot.transcript());
    }

    @Override
    public void update(CallSession call) {
        CallSessionSnapshot snapshot = call.snapshot();
        CallSessionVersions.Stored based = versions.of(call).orElseThrow(() -> new IllegalStateException(
                "call " + snapshot.id() + " was not loaded or added through this repository"));
        CallSessionEntity row = em.find(CallSessionEntity.class, snapshot.id().value());
        if (row == null || !row.businessId.equals(snapshot.businessId().value())) {
            throw new IllegalStateException("no call " + snapshot.id() + " of business " + snapshot.businessId());
        }
        if (row.version != based.version()) {
            throw stale(snapshot, null);
        }
        CallSessionMapper.copyInto(snapshot, row);
        try {
            // Bump the version even if only turns changed, and do it first: the UPDATE ... WHERE
            // version = ? fails if another transaction committed since the read above, and holds the
            // row until commit so no one writes this call's turns meanwhile.
            em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            writeChangedTurns(row.id, based.transcript(), snapshot.transcript());
            em.flush();
        } catch (PersistenceException e) {
            if (isOptimisticLockFailure(e)) {
                throw stale(snapshot, e);
            }
            throw duplicateOr(e, snapshot);
        }
        versions.remember(call, row.version, snapshot.transcript());
    }

    @Override
    public Optional<CallSession> findById(BusinessId businessId, CallId id) {
        return em.createQuery("select c from CallSessionEntity c where c.id = :id and c.businessId = :businessId",
                        CallSessionEntity.class)
                .setParameter("id", id.value())
                .setParameter("businessId", businessId.value())
                .getResultStream().findFirst().map(this::restore);
    }

    @Override
    public Optional<CallSession> findByExternalId(String externalCallId) {
        if (externalCallId == null || externalCallId.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from CallSessionEntity c where c.externalCallId = :externalId",
                        CallSessionEntity.class)
                .setParameter("externalId", externalCallId.strip())
                .getResultStream().findFirst().map(this::restore);
    }

    @Override
    public long countActive(BusinessId businessId) {
        return em.createQuery("select count(c) from CallSessionEntity c where c.businessId = :businessId"
                        + " and c.state <> 'ENDED'", Long.class)
                .setParameter("businessId", businessId.value())
                .getSingleResult();
    }

    @Override
    public long countActiveForAdmission(BusinessId businessId) {
        // the business row is the admission lock: every server takes it before counting
        em.createNativeQuery("SELECT id FROM businesses WHERE id = ?1 FOR UPDATE")
                .setParameter(1, businessId.value())
                .getResultList();
        return countActive(businessId);
    }

    @Override
    public Page<CallSummary> list(BusinessId businessId, CallQuery query) {
        StringBuilder where = new StringBuilder(" where c.businessId = :businessId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("businessId", businessId.value());
        query.from().ifPresent(from -> {
            where.append(" and c.startedAt >= :from");
            parameters.put("from", Timestamps.toColumn(from));
        });
        query.to().ifPresent(to -> {
            where.append(" and c.startedAt < :to");
            parameters.put("to", Timestamps.toColumn(to));
        });
        query.outcome().ifPresent(outcome -> {
            where.append(" and c.outcome = :outcome");
            parameters.put("outcome", outcome.name());
        });
        query.intent().ifPresent(intent -> {
            where.append(" and c.intent = :intent");
            parameters.put("intent", intent.name());
        });
        query.hasMessage().ifPresent(hasMessage ->
                where.append(hasMessage ? " and c.linkedMessageId is not null" : " and c.linkedMessageId is null"));

        TypedQuery<Long> count = em.createQuery("select count(c) from CallSessionEntity c" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();

        StringBuilder pageWhere = new StringBuilder(where);
        Optional<PageCursor> after = query.position();
        after.ifPresent(cursor -> {
            pageWhere.append(" and (c.startedAt < :afterAt or (c.startedAt = :afterAt and c.id < :afterId))");
            parameters.put("afterAt", Timestamps.toColumn(cursor.at()));
            parameters.put("afterId", cursor.id());
        });
        TypedQuery<CallSessionEntity> page = em.createQuery("select c from CallSessionEntity c" + pageWhere
                + " order by c.startedAt desc, c.id desc", CallSessionEntity.class);
        parameters.forEach(page::setParameter);
        List<CallSessionEntity> rows = page.setMaxResults(query.limit() + 1).getResultList();

        List<CallSessionEntity> shown = rows.subList(0, Math.min(rows.size(), query.limit()));
        Optional<String> next = Optional.empty();
        if (rows.size() > query.limit()) {
            CallSessionEntity last = shown.get(shown.size() - 1);
            next = Optional.of(new PageCursor(Timestamps.fromColumn(last.startedAt), last.id).encode());
        }
        return new Page<>(shown.stream().map(CallSessionMapper::toSummary).toList(), next, total);
    }

    private CallSession restore(CallSessionEntity row) {
        List<TranscriptTurnEntity> turns = em.createQuery(
                        "select t from TranscriptTurnEntity t where t.callId = :callId order by t.seq", TranscriptTurnEntity.class)
                .setParameter("callId", row.id)
                .getResultList();
        CallSession call = CallSession.restore(CallSessionMapper.toSnapshot(row, turns));
        versions.remember(call, row.version, call.transcript());
        return call;
    }

    /**
     * Makes the stored turns (which are {@code stored}, as the version check guarantees) equal to
     * {@code current}. Turns are only ever added, mostly at the end: rows before the first
     * difference are left alone, so appending to a long call inserts just the new rows.
     */
    private void writeChangedTurns(UUID callId, List<TranscriptTurn> stored, List<TranscriptTurn> current) {
        int same = 0;
        int overlap = Math.min(stored.size(), current.size());
        while (same < overlap && stored.get(same).equals(current.get(same))) {
            same++;
        }
        if (same < overlap) {
            Map<Integer, TranscriptTurnEntity> tail = new HashMap<>();
            em.createQuery("select t from TranscriptTurnEntity t where t.callId = :callId and t.seq >= :from and t.seq < :to",
                            TranscriptTurnEntity.class)
                    .setParameter("callId", callId)
                    .setParameter("from", same)
                    .setParameter("to", overlap)
                    .getResultList()
                    .forEach(row -> tail.put(row.seq, row));
            for (int seq = same; seq < overlap; seq++) {
                TranscriptTurnEntity row = tail.get(seq);
                if (row == null) {
                    em.persist(CallSessionMapper.toRow(callId, seq, current.get(seq)));
                } else {
                    CallSessionMapper.copyInto(current.get(seq), row);
                }
            }
        }
        for (int seq = overlap; seq < current.size(); seq++) {
            em.persist(CallSessionMapper.toRow(callId, seq, current.get(seq)));
        }
        if (stored.size() > current.size()) {
            em.createQuery("delete from TranscriptTurnEntity t where t.callId = :callId and t.seq >= :from")
                    .setParameter("callId", callId)
                    .setParameter("from", current.size())
                    .executeUpdate();
        }
    }

    private static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static StaleDataException stale(CallSessionSnapshot call, Throwable cause) {
        return new StaleDataException("call " + call.id() + " was changed by someone else since it was read", cause);
    }

    private static RuntimeException duplicateOr(PersistenceException e, CallSessionSnapshot call) {
        if (ConstraintViolations.isUniqueViolation(e, EXTERNAL_ID_KEY)) {
            return new DuplicateCallException("another call has provider call id " + call.externalCallId().orElse(""), e);
        }
        if (ConstraintViolations.isUniqueViolation(e, PRIMARY_KEY)) {
            return new DuplicateCallException("call " + call.id() + " exists", e);
        }
        return e;
    }
}
