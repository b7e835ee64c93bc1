package ai.tavari.adapters.persistence.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "auth_sessions")
public class AuthSessionEntity {
    @Id
    UUID id;
    @Column(name = "user_id", nullable = false)
    UUID userId;
    @Column(name = "business_id", nullable = false)
    UUID businessId;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;
    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;
}
