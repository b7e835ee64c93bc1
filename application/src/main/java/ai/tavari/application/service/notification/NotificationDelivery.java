package ai.tavari.application.service.notification;

import ai.tavari.application.port.out.notification.ClaimedNotification;
import ai.tavari.application.port.out.notification.DeliveryException;
import ai.tavari.application.port.out.notification.EmailMessage;
import ai.tavari.application.port.out.notification.EmailSender;
import ai.tavari.application.port.out.notification.SmsSender;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox on the channels this server can use. Each notification is
 * claimed before it is sent, so another worker (on this server or another) never sends it too;
 * a failure is retried later with growing pauses, and after the last attempt, or when the channel
 * refuses it for good, it stays failed and visible to the owner. Should a server die between
 * sending and recording the send, the notification goes out again once its claim expires: rather
 * twice than never.
 */
@Singleton
public class NotificationDelivery {
    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    private final NotificationAttempts attempts;
    private final EmailSender email;
    private final SmsSender sms;
    private final NotificationConfig config;
    private final Clock clock;

    @Inject
    public NotificationDelivery(NotificationAttempts attempts, EmailSender email, SmsSender sms,
                                NotificationConfig config, Clock clock) {
        this.attempts = attempts;
        this.email = email;
        this.sms = sms;
        this.config = config;
        this.clock = clock;
    }

    /** @return how many notifications were taken (a full batch means more may be due) */
    public int deliverDue() {
        Set<Channel> channels = configuredChannels();
        if (channels.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<ClaimedNotification> claimed = attempts.claim(channels, now, now.plus(config.lease()), config.batchSize());
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    public Set<Channel> configuredChannels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (email.isConfigured()) {
            channels.add(Channel.EMAIL);
        }
        if (sms.isConfigured()) {
            channels.add(Channel.SMS);
        }
        return channels;
    }

    private void deliver(ClaimedNotification notification) {
        try {
            send(notification);
        } catch (DeliveryException e) {
            failed(notification, e.getMessage(), e.permanent());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification " + notification.id() + " could not be sent", e);
            failed(notification, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
            return;
        }
        attempts.sent(notification.id(), notification.attempt(), clock.instant());
    }

    private void send(ClaimedNotification notification) {
        if (notification.channel() == Channel.EMAIL) {
            email.send(new EmailMessage(notification.recipient(), notification.subject().orElse("Tavari"),
                    notification.text(), notification.html()));
        } else {
            sms.send(phone(notification.recipient()), notification.text());
        }
    }

    private static PhoneNumber phone(String recipient) {
        try {
            return PhoneNumber.of(recipient);
        } catch (DomainValidationException e) {
            throw new DeliveryException("not a phone number: " + recipient, true);
        }
    }

    private void failed(ClaimedNotification notification, String error, boolean permanent) {
        boolean lastAttempt = permanent || notification.attempt() >= config.maxAttempts();
        Optional<Instant> retryAt = lastAttempt ? Optional.empty()
                : Optional.of(clock.instant().plus(NotificationConfig.retryDelay(notification.attempt())));
        LOG.info(() -> "notification " + notification.id() + " attempt " + notification.attempt() + " failed"
                + (lastAttempt ? " for good" : ", retried at " + retryAt.get()) + ": " + error);
        attempts.failed(notification.id(), notification.attempt(), error, retryAt);
    }
}
