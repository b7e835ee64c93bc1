package ai.tavari.application.port.in.auth;

import ai.tavari.domain.business.Business;
import ai.tavari.domain.user.User;
import java.time.Instant;

/** What a successful sign-up or log-in hands back: a bearer token and who it belongs to. */
public record AuthenticatedSession(String token, Instant expiresAt, User user, Business business) {
}
