package ai.tavari.domain.message;

public enum Urgency {
    LOW,
    NORMAL,
    URGENT
}
