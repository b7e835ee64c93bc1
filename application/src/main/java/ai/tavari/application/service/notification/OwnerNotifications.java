package ai.tavari.application.service.notification;

import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a notice in the outbox on every channel the owner chose for its kind and has an address
 * for, in the caller's transaction: it is sent later by the delivery worker, and only if what it
 * tells about is committed.
 */
@Singleton
@Transactional
public class OwnerNotifications {
    private final NotificationOutbox outbox;
    private final NotificationPreferencesRepository preferences;
    private final AgentSetupRepository setups;
    private final UserRepository users;
    private final Clock clock;

    @Inject
    public OwnerNotifications(NotificationOutbox outbox, NotificationPreferencesRepository preferences,
                              AgentSetupRepository setups, UserRepository users, Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.setups = setups;
        this.users = users;
        this.clock = clock;
    }

    /** With the owner's current message settings. */
    public void tell(BusinessId businessId, Notice notice) {
        tell(businessId, messageSettings(businessId), notice);
    }

    /** With the message settings the caller already has (those the call ran with). */
    public void tell(BusinessId businessId, Optional<MessageSettings> settings, Notice notice) {
        ChannelChoice choice = preferences.find(businessId).choiceFor(notice.event());
        if (choice.email()) {
            emailRecipient(businessId, settings).ifPresent(to -> enqueue(businessId, Channel.EMAIL, to.value(), notice));
        }
        if (choice.sms()) {
            settings.flatMap(MessageSettings::smsNumber)
                    .ifPresent(to -> enqueue(businessId, Channel.SMS, to.e164(), notice));
        }
    }

    /** The message settings' e-mail, else the owner's log-in e-mail. */
    public Optional<EmailAddress> emailRecipient(BusinessId businessId, Optional<MessageSettings> settings) {
        return settings.flatMap(MessageSettings::notificationEmail)
                .or(() -> users.findOwner(businessId).map(User::email));
    }

    public Optional<MessageSettings> messageSettings(BusinessId businessId) {
        return setups.findByBusiness(businessId).map(AgentSetup::profile).map(profile -> profile.messageSettings());
    }

    private void enqueue(BusinessId businessId, Channel channel, String recipient, Notice notice) {
        boolean email = channel == Channel.EMAIL;
        outbox.enqueue(new OutgoingNotification(businessId, notice.event(), channel, recipient,
                email ? Optional.of(notice.subject()) : Optional.empty(), email ? notice.text() : notice.sms(),
                email ? notice.html() : Optional.empty(),
                notice.key() + ":" + channel.name().toLowerCase(Locale.ROOT), clock.instant()));
    }
}
