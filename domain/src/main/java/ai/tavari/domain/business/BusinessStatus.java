package ai.tavari.domain.business;

public enum BusinessStatus {
    ACTIVE,
    SUSPENDED
}
