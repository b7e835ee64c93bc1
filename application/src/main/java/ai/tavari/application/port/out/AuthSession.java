package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Server-side record of one issued token. */
public record AuthSession(UUID id, UserId userId, BusinessId businessId, Instant createdAt, Instant expiresAt,
                          Optional<Instant> revokedAt) {
    public AuthSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(businessId, "businessId");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must expire after it is created");
        }
        revokedAt = Objects.requireNonNullElse(revokedAt, Optional.empty());
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
