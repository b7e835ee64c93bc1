package ai.tavari.adapters.persistence.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Read side of {@code usage_minutes}; rows are inserted by SQL that skips a call already metered. */
@Entity
@Table(name = "usage_minutes")
public class UsageEntity {
    @Id
    @Column(name = "call_id")
    UUID callId;
    @Column(name = "business_id", nullable = false)
    UUID businessId;
    @Column(nullable = false)
    int minutes;
    @Column(nullable = false)
    int seconds;
    @Column(name = "recorded_at", nullable = false)
    OffsetDateTime recordedAt;
}
