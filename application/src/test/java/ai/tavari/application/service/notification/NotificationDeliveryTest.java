package ai.tavari.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryNotificationOutbox;
import ai.tavari.application.fakes.InMemoryNotificationOutbox.Row;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.RecordingEmailSender;
import ai.tavari.application.fakes.RecordingSmsSender;
import ai.tavari.application.port.out.notification.DeliveryException;
import ai.tavari.application.port.out.notification.NotificationStatus;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.shared.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
    private final RecordingEmailSender email = new RecordingEmailSender();
    private final RecordingSmsSender sms = new RecordingSmsSender(true);
    private final NotificationConfig config = new NotificationConfig(URI.create("https://tavari.example"),
            Duration.ofSeconds(5), 10, Duration.ofMinutes(5), 3);
    private final BusinessId business = BusinessId.newId();

    private NotificationDelivery delivery(RecordingEmailSender emailSender, RecordingSmsSender smsSender) {
        return new NotificationDelivery(new NotificationAttempts(outbox), emailSender, smsSender, config, clock);
    }

    private void enqueue(Channel channel, String recipient, String key) {
        outbox.enqueue(new OutgoingNotification(business, NotificationEvent.NEW_MESSAGE, channel, recipient,
                channel == Channel.EMAIL ? Optional.of("Subject " + key) : Optional.empty(), "Text " + key,
                channel == Channel.EMAIL ? Optional.of("<p>" + key + "</p>") : Optional.empty(), key, T0));
    }

    private Row row() {
        return outbox.rows().get(0);
    }

    @Test
    void sendsDueNotificationsOnEachChannelAndMarksThemSent() {
        enqueue(Channel.EMAIL, "owner@shop.example", "a");
        enqueue(Channel.SMS, "+14155550123", "b");

        assertThat(delivery(email, sms).deliverDue()).isEqualTo(2);

        assertThat(email.sent).singleElement().satisfies(message -> {
            assertThat(message.to()).isEqualTo("owner@shop.example");
            assertThat(message.subject()).isEqualTo("Subject a");
            assertThat(message.text()).isEqualTo("Text a");
            assertThat(message.html()).contains("<p>a</p>");
        });
        assertThat(sms.sent).containsExactly(new RecordingSmsSender.Sms(PhoneNumber.of("+14155550123"), "Text b"));
        assertThat(outbox.rows()).allSatisfy(r -> assertThat(r.status).isEqualTo(NotificationStatus.SENT));
        assertThat(delivery(email, sms).deliverDue()).isZero();
        assertThat(email.sent).hasSize(1);
    }

    @Test
    void aFailureIsRetriedAfterAGrowingPauseUntilTheLastAttempt() {
        enqueue(Channel.EMAIL, "owner@shop.example", "a");
        email.failNext(new DeliveryException("421 busy", false)).failNext(new DeliveryException("421 busy", false))
                .failNext(new DeliveryException("421 still busy", false));
        NotificationDelivery delivery = delivery(email, sms);

        delivery.deliverDue();
        assertThat(row().status).isEqualTo(NotificationStatus.PENDING);
        assertThat(row().lastError).isEqualTo("421 busy");
        assertThat(row().nextAttemptAt).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(59));
        assertThat(delivery.deliverDue()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(1));
        delivery.deliverDue();
        assertThat(row().nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(3)));

        clock.advance(Duration.ofMinutes(3));
        delivery.deliverDue();
        assertThat(row().status).as("the third of three attempts was the last").isEqualTo(NotificationStatus.FAILED);
        assertThat(row().lastError).isEqualTo("421 still busy");
        assertThat(email.sent).isEmpty();
    }

    @Test
    void aPermanentRefusalIsNotRetried() {
        enqueue(Channel.EMAIL, "nobody@shop.example", "a");
        email.failNext(new DeliveryException("550 no such user", true));

        delivery(email, sms).deliverDue();

        assertThat(row().status).isEqualTo(NotificationStatus.FAILED);
        assertThat(row().attempts).isEqualTo(1);
    }

    @Test
    void anUnexpectedErrorCountsAsAFailedAttempt() {
        enqueue(Channel.SMS, "+14155550123", "a");
        RecordingSmsSender broken = new RecordingSmsSender(true) {
            @Override
            public void send(PhoneNumber to, String text) {
                throw new IllegalStateException("socket closed");
            }
        };

        delivery(email, broken).deliverDue();

        assertThat(row().status).isEqualTo(NotificationStatus.PENDING);
        assertThat(row().lastError).contains("socket closed");
    }

    @Test
    void aChannelThisServerCannotUseKeepsItsNotificationsWaiting() {
        enqueue(Channel.EMAIL, "owner@shop.example", "a");
        enqueue(Channel.SMS, "+14155550123", "b");

        delivery(new RecordingEmailSender().notConfigured(), sms).deliverDue();

        assertThat(sms.sent).hasSize(1);
        Row waiting = outbox.rows().get(0);
        assertThat(waiting.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.attempts).as("no attempt is spent").isZero();
        assertThat(delivery(email, sms).deliverDue()).as("sent once e-mail is configured").isEqualTo(1);
        assertThat(email.sent).hasSize(1);
    }

    @Test
    void retryPausesGrowFromAMinuteToSixHours() {
        assertThat(NotificationConfig.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NotificationConfig.retryDelay(2)).isEqualTo(Duration.ofMinutes(3));
        assertThat(NotificationConfig.retryDelay(5)).isEqualTo(Duration.ofMinutes(81));
        assertThat(NotificationConfig.retryDelay(6)).isEqualTo(Duration.ofMinutes(243));
        assertThat(NotificationConfig.retryDelay(7)).isEqualTo(Duration.ofHours(6));
        assertThat(NotificationConfig.retryDelay(30)).isEqualTo(Duration.ofHours(6));
    }
}
