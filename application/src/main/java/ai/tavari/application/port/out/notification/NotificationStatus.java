package ai.tavari.application.port.out.notification;

public enum NotificationStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    SENT,
    /** Given up: refused for good, or every attempt failed. */
    FAILED
}
