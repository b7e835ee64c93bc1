package ai.tavari.application.service.notification;

import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.message.Message;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Tells the owner about a new message: by e-mail, and urgent ones (by the owner's keywords or the
 * agent's judgement) also by SMS at once, as the owner chose. Call it in the transaction that
 * stores the message.
 */
@Singleton
@Transactional
public class MessageAlerts {
    private final OwnerNotifications notifications;
    private final NotificationConfig config;

    @Inject
    public MessageAlerts(OwnerNotifications notifications, NotificationConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    public void newMessage(Business business, MessageSettings settings, Message message) {
        notifications.tell(business.id(), Optional.of(settings),
                NotificationTexts.newMessage(business, message, message.callId().map(config::callLink)));
    }
}
