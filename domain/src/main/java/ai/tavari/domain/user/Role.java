package ai.tavari.domain.user;

public enum Role {
    OWNER
}
