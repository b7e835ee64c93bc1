package ai.tavari.application.port.out.notification;

import ai.tavari.domain.shared.PhoneNumber;

/** Sends text messages through the telephony provider. */
public interface SmsSender {
    /** False when this server has no SMS settings: texts then wait in the outbox. */
    boolean isConfigured();

    /** @throws DeliveryException if the message was not accepted */
    void send(PhoneNumber to, String text);
}
