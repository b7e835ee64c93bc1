package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.Notifier;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Tells the owner about a new message on the channels they chose; never fails the call. */
@Singleton
public class OwnerAlerts {
    private static final Logger LOG = Logger.getLogger(OwnerAlerts.class.getName());

    private final Notifier notifier;

    @Inject
    public OwnerAlerts(Notifier notifier) {
        this.notifier = notifier;
    }

    public void newMessage(Business business, MessageSettings settings, Message message) {
        try {
            String who = message.callerName().orElse("A caller");
            String number = message.callbackNumberAsGiven().orElse("no number given");
            String subject = (message.urgency() == Urgency.URGENT ? "URGENT message" : "New message")
                    + " from " + who + " for " + business.name();
            String text = who + " (" + number + ") left a message:\n\n" + message.reason()
                    + "\n\nUrgency: " + message.urgency().name().toLowerCase(java.util.Locale.ROOT) + "\n";
            settings.notificationEmail().ifPresent(email -> notifier.email(email, subject, text, null));
            if (message.urgency() == Urgency.URGENT) {
                settings.smsNumber().ifPresent(phone -> notifier.sms(phone, subject + ": " + message.reason()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not notify the owner of message " + message.id(), e);
        }
    }
}
