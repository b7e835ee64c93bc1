package ai.tavari.application.service.notification;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.notification.NotificationEvent;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The optional daily digest: from {@link #SENT_AT} in the business's time zone, the messages of
 * the 24 hours before it in one notice, once per day (the day is part of its key). A day without
 * messages sends nothing. Safe to run as often as wanted, on every server.
 */
@Singleton
@Transactional
public class DailyDigests {
    static final LocalTime SENT_AT = LocalTime.of(18, 0);

    private final NotificationPreferencesRepository preferences;
    private final BusinessRepository businesses;
    private final MessageRepository messages;
    private final OwnerNotifications notifications;
    private final NotificationConfig config;
    private final Clock clock;

    @Inject
    public DailyDigests(NotificationPreferencesRepository preferences, BusinessRepository businesses,
                        MessageRepository messages, OwnerNotifications notifications, NotificationConfig config,
                        Clock clock) {
        this.preferences = preferences;
        this.businesses = businesses;
        this.messages = messages;
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    /** @return how many digests were due and had messages (told now or before) */
    public int sendDue() {
        Instant now = clock.instant();
        int due = 0;
        for (BusinessId id : preferences.optedIn(NotificationEvent.DAILY_DIGEST)) {
            Business business = businesses.findById(id).orElse(null);
            if (business != null && digest(business, now)) {
                due++;
            }
        }
        return due;
    }

    private boolean digest(Business business, Instant now) {
        ZonedDateTime local = now.atZone(business.timeZone());
        if (local.toLocalTime().isBefore(SENT_AT)) {
            return false;
        }
        LocalDate day = local.toLocalDate();
        Instant end = day.atTime(SENT_AT).atZone(business.timeZone()).toInstant();
        Instant start = day.minusDays(1).atTime(SENT_AT).atZone(business.timeZone()).toInstant();
        List<Message> taken = messages.list(business.id(),
                MessageQuery.newest().withRange(start, end).withLimit(MessageQuery.MAX_LIMIT)).items();
        if (taken.isEmpty()) {
            return false;
        }
        notifications.tell(business.id(), NotificationTexts.dailyDigest(business, day, taken,
                message -> message.callId().map(config::callLink)));
        return true;
    }
}
