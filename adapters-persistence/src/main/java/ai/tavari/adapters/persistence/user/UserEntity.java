package ai.tavari.adapters.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "users")
public class UserEntity {
    @Id
    UUID id;
    @Column(name = "business_id", nullable = false)
    UUID businessId;
    @Column(nullable = false)
    String email;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Column(nullable = false)
    String role;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
