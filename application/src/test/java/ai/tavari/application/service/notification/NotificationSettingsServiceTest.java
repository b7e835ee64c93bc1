package ai.tavari.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.RecordingEmailSender;
import ai.tavari.application.fakes.RecordingSmsSender;
import ai.tavari.application.port.in.notification.NotificationChoicesCommand;
import ai.tavari.application.port.in.notification.NotificationChoicesCommand.Entry;
import ai.tavari.application.port.in.notification.NotificationRecord;
import ai.tavari.application.port.in.notification.NotificationRecord.DeliveryState;
import ai.tavari.application.port.in.notification.NotificationSettings;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationSettingsServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final NotificationFixture notifications = new NotificationFixture();
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
    private final Business business = Business.signedUp(BusinessId.newId(), "Bella Dental", T0);
    private final NotificationSettingsService service = new NotificationSettingsService(notifications.preferences,
            notifications.outbox, notifications.ownerNotifications(setups, clock),
            new NotificationDelivery(new NotificationAttempts(notifications.outbox),
                    new RecordingEmailSender(), new RecordingSmsSender(false), notifications.config, clock));

    @Test
    void showsTheChoicesTheRecipientsAndWhichChannelsThisServerCanUse() {
        setups.profiles().save(AgentProfile.defaultFor(business).withMessageSettings(AgentProfile.defaultFor(business)
                .messageSettings().withNotificationEmail(Optional.of(EmailAddress.of("owner@bella.example")))
                .withSmsNumber(Optional.of(PhoneNumber.of("+14155550123")))));

        NotificationSettings settings = service.settings(business.id());

        assertThat(settings.preferences().choiceFor(NotificationEvent.URGENT_MESSAGE)).isEqualTo(new ChannelChoice(true, true));
        assertThat(settings.emailRecipient()).contains("owner@bella.example");
        assertThat(settings.smsRecipient()).contains("+14155550123");
        assertThat(settings.emailConfigured()).isTrue();
        assertThat(settings.smsConfigured()).isFalse();
    }

    @Test
    void changesOnlyTheEventsNamed() {
        NotificationSettings changed = service.change(business.id(), NotificationChoicesCommand.of(List.of(
                new Entry("new_message", false, true), new Entry("USAGE_ALERT", true, true))));

        assertThat(changed.preferences().choiceFor(NotificationEvent.NEW_MESSAGE)).isEqualTo(new ChannelChoice(false, true));
        assertThat(changed.preferences().choiceFor(NotificationEvent.USAGE_ALERT)).isEqualTo(new ChannelChoice(true, true));
        assertThat(changed.preferences().choiceFor(NotificationEvent.PAYMENT_FAILED))
                .isEqualTo(NotificationEvent.PAYMENT_FAILED.defaultChoice());
        assertThat(service.settings(business.id()).preferences()).isEqualTo(changed.preferences());
    }

    @Test
    void badEntriesAreFieldErrorsUnderTheirIndex() {
        assertThatThrownBy(() -> NotificationChoicesCommand.of(Arrays.asList(new Entry("NEW_MESSAGE", true, null),
                new Entry("SOMETHING", true, false), new Entry("new_message", false, false), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("events[0].sms", "events[1].event", "events[2].event", "events[3]"));
        assertThatThrownBy(() -> NotificationChoicesCommand.of(null)).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void listsNotificationsWithTheirDeliveryStateAndNotConfiguredChannels() {
        notifications.outbox.enqueue(new OutgoingNotification(business.id(), NotificationEvent.URGENT_MESSAGE,
                Channel.SMS, "+14155550123", Optional.empty(), "URGENT", Optional.empty(), "m:sms", T0));
        notifications.outbox.enqueue(new OutgoingNotification(business.id(), NotificationEvent.URGENT_MESSAGE,
                Channel.EMAIL, "owner@bella.example", Optional.of("URGENT"), "URGENT", Optional.empty(), "m:email",
                T0.plusSeconds(1)));
        notifications.outbox.enqueue(new OutgoingNotification(BusinessId.newId(), NotificationEvent.NEW_MESSAGE,
                Channel.EMAIL, "other@shop.example", Optional.of("Other"), "Other", Optional.empty(), "x:email", T0));

        List<NotificationRecord> listed = service.recent(business.id(), 10);

        assertThat(listed).extracting(NotificationRecord::channel).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(listed.get(0).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(listed.get(1).state()).isEqualTo(DeliveryState.NOT_CONFIGURED);
        assertThat(listed.get(1).lastError()).contains("SMS delivery is not configured on this server");
    }
}
