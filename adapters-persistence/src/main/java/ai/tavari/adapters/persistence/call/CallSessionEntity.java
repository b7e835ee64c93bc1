package ai.tavari.adapters.persistence.call;

import ai.tavari.adapters.persistence.support.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A call's row; its transcript turns are separate rows ({@link TranscriptTurnEntity}), written one by one. */
@Entity
@Table(name = "call_sessions")
public class CallSessionEntity {
    @Id
    UUID id;
    @Column(name = "business_id", nullable = false)
    UUID businessId;
    @Column(name = "external_call_id")
    String externalCallId;
    @Column(name = "caller_number", nullable = false)
    String callerNumber;
    @Column(name = "called_number", nullable = false)
    String calledNumber;
    @Column(nullable = false)
    String state;
    String outcome;
    @Column(name = "rejection_reason")
    String rejectionReason;
    String intent;
    String summary;
    @Column(name = "started_at", nullable = false)
    OffsetDateTime startedAt;
    @Column(name = "authorized_at")
    OffsetDateTime authorizedAt;
    @Column(name = "answered_at")
    OffsetDateTime answeredAt;
    @Column(name = "ended_at")
    OffsetDateTime endedAt;
    @Column(name = "max_duration_seconds")
    Integer maxDurationSeconds;
    @Column(name = "duration_seconds")
    Integer durationSeconds;
    @Column(name = "billable_minutes", nullable = false)
    int billableMinutes;
    @Column(name = "cost_ai_minor")
    Long costAiMinor;
    @Column(name = "cost_telephony_minor")
    Long costTelephonyMinor;
    @Column(name = "cost_currency")
    String costCurrency;
    @Column(name = "transfer_number")
    String transferNumber;
    @Column(name = "transfer_attempts", nullable = false)
    int transferAttempts;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "linked_message_id")
    UUID linkedMessageId;
    @Version
    long version;
}
