package ai.tavari.domain.user;

import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.Objects;

/** A person who logs in to the dashboard of one business. The password is only ever held hashed. */
public record User(UserId id, BusinessId businessId, EmailAddress email, String passwordHash, Role role, Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(email, "email");
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash must be present");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static User owner(UserId id, BusinessId businessId, EmailAddress email, String passwordHash, Instant now) {
        return new User(id, businessId, email, passwordHash, Role.OWNER, now);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", businessId=" + businessId + ", email=" + email + ", role=" + role + "]";
    }
}
