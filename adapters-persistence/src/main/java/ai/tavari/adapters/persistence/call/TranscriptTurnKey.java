package ai.tavari.adapters.persistence.call;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Primary key of {@link TranscriptTurnEntity}. */
public class TranscriptTurnKey implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID callId;
    int seq;

    public TranscriptTurnKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TranscriptTurnKey key && seq == key.seq && Objects.equals(callId, key.callId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, seq);
    }
}
