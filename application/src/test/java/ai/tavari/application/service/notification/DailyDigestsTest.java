package ai.tavari.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DailyDigestsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 17:30 in New York. */
    private static final Instant BEFORE_SIX = Instant.parse("2026-11-25T22:30:00Z");

    private final OwnerData data = new OwnerData();
    private final MutableClock clock = new MutableClock(BEFORE_SIX);
    private final NotificationFixture notifications = new NotificationFixture();
    private final DailyDigests digests = new DailyDigests(notifications.preferences, data.businesses, data.messages,
            notifications.ownerNotifications(new InMemoryAgentSetupRepository(), clock), notifications.config, clock);
    private Business business;

    @BeforeEach
    void ownerWithDigest() {
        business = data.business("Bella Dental", NEW_YORK);
        notifications.users.add(User.owner(UserId.newId(), business.id(), EmailAddress.of("ana@bella.example"),
                "$argon2id$hash", BEFORE_SIX));
        notifications.preferences.save(business.id(), notifications.preferences.find(business.id())
                .with(NotificationEvent.DAILY_DIGEST, new ChannelChoice(true, false)));
    }

    @Test
    void fromSixInTheEveningTheDaysMessagesGoOutInOneEmailOnce() {
        data.callWithMessage(business.id(), BEFORE_SIX.minus(Duration.ofHours(3)), Urgency.URGENT);
        data.message(business.id(), BEFORE_SIX.minus(Duration.ofHours(1)), Urgency.NORMAL);
        data.message(business.id(), BEFORE_SIX.minus(Duration.ofHours(30)), Urgency.NORMAL);

        assertThat(digests.sendDue()).as("not before 18:00").isZero();
        clock.advance(Duration.ofMinutes(45));
        assertThat(digests.sendDue()).isEqualTo(1);
        digests.sendDue();

        assertThat(notifications.outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.notification.kind()).isEqualTo(NotificationEvent.DAILY_DIGEST);
            assertThat(row.notification.recipient()).isEqualTo("ana@bella.example");
            assertThat(row.notification.subject()).contains("2 messages for Bella Dental today (1 urgent)");
            assertThat(row.notification.text()).contains("Wednesday 25 November 2026", "Dana", "Sam", "URGENT",
                    "https://tavari.example/app/calls/");
            assertThat(row.notification.dedupeKey()).isEqualTo("digest:2026-11-25:email");
        });
    }

    @Test
    void aDayWithoutMessagesOrAnOwnerWithoutTheDigestGetsNothing() {
        Business quiet = data.business("Quiet Shop", NEW_YORK);
        data.message(quiet.id(), BEFORE_SIX.minus(Duration.ofHours(1)), Urgency.NORMAL);
        clock.advance(Duration.ofHours(1));

        assertThat(digests.sendDue()).isZero();
        assertThat(notifications.outbox.rows()).isEmpty();
    }
}
