package ai.tavari.adapters.persistence.message;

import ai.tavari.adapters.persistence.support.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "messages")
public class MessageEntity {
    @Id
    UUID id;
    @Column(name = "business_id", nullable = false)
    UUID businessId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "call_id")
    UUID callId;
    @Column(name = "caller_name")
    String callerName;
    @Column(name = "callback_number")
    String callbackNumber;
    @Column(name = "callback_number_as_given")
    String callbackNumberAsGiven;
    @Column(name = "caller_email")
    String callerEmail;
    @Column(nullable = false)
    String reason;
    @Column(nullable = false)
    String urgency;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "read_at")
    OffsetDateTime readAt;
}
