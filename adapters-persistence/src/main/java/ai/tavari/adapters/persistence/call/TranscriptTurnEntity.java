package ai.tavari.adapters.persistence.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One transcript turn; {@code seq} is its position in the call's time-ordered transcript. */
@Entity
@Table(name = "call_transcript_turns")
@IdClass(TranscriptTurnKey.class)
public class TranscriptTurnEntity {
    @Id
    @Column(name = "call_id")
    UUID callId;
    @Id
    int seq;
    @Column(nullable = false)
    String speaker;
    @Column(nullable = false)
    String text;
    @Column(name = "spoken_at", nullable = false)
    OffsetDateTime spokenAt;
}
