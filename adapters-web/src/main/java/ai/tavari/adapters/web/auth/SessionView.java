package ai.tavari.adapters.web.auth;

import ai.tavari.application.port.in.auth.AuthenticatedSession;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

@JsonbPropertyOrder({"token", "expiresAt", "user", "business"})
public record SessionView(String token, Instant expiresAt, UserView user, BusinessView business) {
    static SessionView of(AuthenticatedSession session) {
        return new SessionView(session.token(), session.expiresAt(), UserView.of(session.user()),
                BusinessView.of(session.business()));
    }
}
