package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Signs of life of live calls, kept apart from the call's own record so that a heartbeat never
 * collides with the conversation's updates. A call whose server died stops getting them.
 */
public interface CallActivity {
    /** Notes that these live calls were active at {@code at}. */
    void touch(Collection<CallId> calls, Instant at);

    /** Live calls with no sign of life since {@code cutoff} (or since they started, if none), oldest first. */
    List<SilentCall> silentSince(Instant cutoff, int limit);

    record SilentCall(BusinessId businessId, CallId callId, Instant lastActivity) {
    }
}
