package ai.tavari.application.port.in.auth;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.UserId;
import java.util.UUID;

/** The authenticated caller of an owner endpoint; every use case scopes its data by businessId. */
public record Principal(UUID sessionId, UserId userId, BusinessId businessId) {
}
