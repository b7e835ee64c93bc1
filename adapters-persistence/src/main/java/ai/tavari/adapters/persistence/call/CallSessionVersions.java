package ai.tavari.adapters.persistence.call;

import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.TranscriptTurn;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * For each {@link CallSession} object the repository added or loaded (by identity; the domain
 * object carries no version), the stored version it reflects and the transcript as stored then.
 * With the version check on update, that transcript is exactly what the database holds, so an
 * update writes only the turns that changed without reading the stored ones. Entries go when the
 * object is garbage-collected.
 */
public final class CallSessionVersions {
    private final Map<CallSession, Stored> stored = Collections.synchronizedMap(new WeakHashMap<>());

    Optional<Stored> of(CallSession call) {
        return Optional.ofNullable(stored.get(call));
    }

    void remember(CallSession call, long version, List<TranscriptTurn> transcript) {
        stored.put(call, new Stored(version, List.copyOf(transcript)));
    }

    record Stored(long version, List<TranscriptTurn> transcript) {
    }
}
