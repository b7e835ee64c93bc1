package ai.tavari.adapters.persistence.call;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.CallActivity;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * {@code call_sessions.last_activity_at}, written by plain updates outside the call's versioned
 * mapping, so a heartbeat never makes the conversation's own update stale.
 */
@ApplicationScoped
public class JpaCallActivity implements CallActivity {
    private static final String TOUCH = "UPDATE call_sessions SET last_activity_at = CAST(?1 AS timestamptz)"
            + " WHERE id = ANY (CAST(?2 AS uuid[])) AND state <> 'ENDED'"
            + " AND (last_activity_at IS NULL OR last_activity_at < CAST(?1 AS timestamptz))";
    private static final String SILENT = "SELECT business_id, id, coalesce(last_activity_at, started_at)"
            + " FROM call_sessions WHERE state <> 'ENDED'"
            + " AND coalesce(last_activity_at, started_at) < CAST(?1 AS timestamptz)"
            + " ORDER BY coalesce(last_activity_at, started_at) LIMIT ?2";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaCallActivity() {
    }

    public JpaCallActivity(EntityManager em) {
        this.em = em;
    }

    @Override
    public void touch(Collection<CallId> calls, Instant at) {
        if (calls.isEmpty()) {
            return;
        }
        String ids = calls.stream().map(id -> id.value().toString())
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        em.createNativeQuery(TOUCH)
                .setParameter(1, Timestamps.toColumnMicros(at))
                .setParameter(2, ids)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SilentCall> silentSince(Instant cutoff, int limit) {
        List<Object[]> rows = em.createNativeQuery(SILENT)
                .setParameter(1, Timestamps.toColumnMicros(cutoff))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(row -> new SilentCall(new BusinessId((UUID) row[0]), new CallId((UUID) row[1]),
                        instant(row[2])))
                .toList();
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + column.getClass());
    }
}
