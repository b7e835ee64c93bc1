package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/** What a session token asserts; the session id lets the server revoke it. */
public record TokenClaims(UUID sessionId, UserId userId, BusinessId businessId, Instant issuedAt, Instant expiresAt) {
}
