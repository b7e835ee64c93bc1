package ai.tavari.adapters.persistence.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "businesses")
public class BusinessEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    String phone;
    @Column(name = "time_zone", nullable = false)
    String timeZone;
    String industry;
    String address;
    @Column(nullable = false)
    String status;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
    @Version
    long version;

    public String timeZone() {
        return timeZone;
    }
}
