package ai.tavari.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryNotificationOutbox.Row;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageAlertsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final NotificationFixture notifications = new NotificationFixture();
    private final MessageAlerts alerts = notifications.messageAlerts(new InMemoryAgentSetupRepository(), clock);
    private final Business business = Business.signedUp(BusinessId.newId(), "Bella Dental", T0.minusSeconds(86_400));
    private final MessageSettings settings = MessageSettings.defaults()
            .withNotificationEmail(Optional.of(EmailAddress.of("owner@bella.example")))
            .withSmsNumber(Optional.of(PhoneNumber.of("+14155550123")));
    private final CallId callId = CallId.newId();

    private Message message(Urgency urgency) {
        return Message.take(MessageId.newId(), business.id(), Optional.of(callId), "Dana Reyes", "+1 415 555 0142",
                "dana@example.com", "Pipe burst <in> the kitchen & hall", urgency, T0);
    }

    @Test
    void aMessageIsEmailedWithCallerNumberReasonUrgencyAndTheCallsLink() {
        Message message = message(Urgency.NORMAL);

        alerts.newMessage(business, settings, message);

        assertThat(notifications.outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.notification.kind()).isEqualTo(NotificationEvent.NEW_MESSAGE);
            assertThat(row.notification.channel()).isEqualTo(Channel.EMAIL);
            assertThat(row.notification.recipient()).isEqualTo("owner@bella.example");
            assertThat(row.notification.subject()).contains("New message from Dana Reyes for Bella Dental");
            assertThat(row.notification.text()).contains("Dana Reyes", "+1 415 555 0142", "dana@example.com",
                    "Pipe burst <in> the kitchen & hall", "Urgency: normal",
                    "https://tavari.example/app/calls/" + callId.value());
            assertThat(row.notification.html()).hasValueSatisfying(html -> assertThat(html)
                    .contains("Pipe burst &lt;in&gt; the kitchen &amp; hall")
                    .contains("href=\"https://tavari.example/app/calls/" + callId.value() + "\""));
            assertThat(row.notification.dedupeKey()).isEqualTo("message:" + message.id().value() + ":email");
        });
    }

    @Test
    void anUrgentMessageIsAlsoTextedAtOnce() {
        alerts.newMessage(business, settings, message(Urgency.URGENT));

        assertThat(notifications.outbox.rows()).extracting(row -> row.notification.channel())
                .containsExactly(Channel.EMAIL, Channel.SMS);
        Row sms = notifications.outbox.rows().get(1);
        assertThat(sms.notification.kind()).isEqualTo(NotificationEvent.URGENT_MESSAGE);
        assertThat(sms.notification.recipient()).isEqualTo("+14155550123");
        assertThat(sms.notification.text()).startsWith("URGENT message for Bella Dental from Dana Reyes")
                .contains("Pipe burst");
        assertThat(sms.notification.subject()).isEmpty();
    }

    @Test
    void theSameMessageIsToldOnce() {
        Message message = message(Urgency.URGENT);

        alerts.newMessage(business, settings, message);
        alerts.newMessage(business, settings, message);

        assertThat(notifications.outbox.rows()).hasSize(2);
    }

    @Test
    void theOwnersChannelChoicesAreFollowed() {
        notifications.preferences.save(business.id(), notifications.preferences.find(business.id())
                .with(NotificationEvent.NEW_MESSAGE, new ChannelChoice(false, true))
                .with(NotificationEvent.URGENT_MESSAGE, ChannelChoice.NONE));

        alerts.newMessage(business, settings, message(Urgency.NORMAL));
        alerts.newMessage(business, settings, message(Urgency.URGENT));

        assertThat(notifications.outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.notification.kind()).isEqualTo(NotificationEvent.NEW_MESSAGE);
            assertThat(row.notification.channel()).isEqualTo(Channel.SMS);
        });
    }

    @Test
    void withoutANotificationEmailTheOwnersLogInEmailIsUsed() {
        notifications.users.add(User.owner(UserId.newId(), business.id(), EmailAddress.of("ana@bella.example"),
                "$argon2id$hash", T0));

        alerts.newMessage(business, MessageSettings.defaults(), message(Urgency.URGENT));

        assertThat(notifications.outbox.rows()).singleElement()
                .satisfies(row -> assertThat(row.notification.recipient()).isEqualTo("ana@bella.example"));
    }

    @Test
    void aLongMessageIsCutToTwoTextSegments() {
        Message longOne = Message.take(MessageId.newId(), business.id(), Optional.empty(), "Dana", "+14155550142", null,
                "flood ".repeat(150), Urgency.URGENT, T0);

        alerts.newMessage(business, settings, longOne);

        String sms = notifications.outbox.rows().get(1).notification.text();
        assertThat(sms).hasSize(Notice.MAX_SMS_LENGTH).endsWith("…");
        assertThat(notifications.outbox.rows().get(0).notification.text()).doesNotContain("app/calls");
    }
}
