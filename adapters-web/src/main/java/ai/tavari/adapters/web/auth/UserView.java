package ai.tavari.adapters.web.auth;

import ai.tavari.domain.user.User;
import java.time.Instant;

public record UserView(String id, String email, String role, Instant createdAt) {
    static UserView of(User user) {
        return new UserView(user.id().toString(), user.email().value(), user.role().name(), user.createdAt());
    }
}
