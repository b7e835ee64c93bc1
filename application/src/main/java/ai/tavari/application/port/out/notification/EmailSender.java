package ai.tavari.application.port.out.notification;

/** Sends e-mail (SMTP). */
public interface EmailSender {
    /** False when this server has no mail settings: e-mails then wait in the outbox. */
    boolean isConfigured();

    /** @throws DeliveryException if the message was not accepted */
    void send(EmailMessage message);
}
