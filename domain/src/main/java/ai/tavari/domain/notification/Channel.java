package ai.tavari.domain.notification;

/** How an owner is told: an e-mail or a text message. */
public enum Channel {
    EMAIL,
    SMS
}
