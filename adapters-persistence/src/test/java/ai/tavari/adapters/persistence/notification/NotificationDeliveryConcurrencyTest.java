package ai.tavari.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.persistence.contract.TransactionalNotifications;
import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.fakes.RecordingEmailSender;
import ai.tavari.application.fakes.RecordingSmsSender;
import ai.tavari.application.port.out.notification.EmailMessage;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.application.port.out.notification.NotificationStatus;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.application.service.notification.NotificationAttempts;
import ai.tavari.application.service.notification.NotificationConfig;
import ai.tavari.application.service.notification.NotificationDelivery;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several delivery workers, as on several servers, each with its own transactions on the real
 * database, drain one outbox together: every notification is sent exactly once.
 */
class NotificationDeliveryConcurrencyTest {
    private static PostgresTestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void workersOnSeveralServersSendEveryNotificationExactlyOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        Business business = Business.signedUp(BusinessId.newId(), "Busy Shop", Instant.now().minusSeconds(3600));
        db.run(em -> new JpaBusinessRepository(em, clock).add(business));
        NotificationOutbox outbox = TransactionalNotifications.outbox(db);
        int count = 60;
        for (int i = 0; i < count; i++) {
            outbox.enqueue(new OutgoingNotification(business.id(), NotificationEvent.NEW_MESSAGE, Channel.EMAIL,
                    "owner@busy.example", Optional.of("Message " + i), "Text " + i, Optional.empty(), "message:" + i,
                    Instant.now().minusSeconds(1)));
        }
        // one sender shared by all workers: what it saw is what the owner would receive
        RecordingEmailSender email = new RecordingEmailSender();
        NotificationConfig config = new NotificationConfig(URI.create("https://tavari.example/"), Duration.ofSeconds(5),
                4, Duration.ofMinutes(5), 8);
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                NotificationDelivery delivery = new NotificationDelivery(new NotificationAttempts(outbox), email,
                        new RecordingSmsSender(false), config, clock);
                running.add(pool.submit(() -> {
                    start.await();
                    while (delivery.deliverDue() > 0) {
                        // keep taking batches until none is due
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : running) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(email.sent).hasSize(count);
        assertThat(email.sent.stream().map(EmailMessage::subject).distinct()).hasSize(count);
        assertThat(outbox.recent(business.id(), count)).allSatisfy(stored -> {
            assertThat(stored.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(stored.attempts()).isEqualTo(1);
        });
    }
}
