package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.notification.ClaimedNotification;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.application.port.out.notification.NotificationStatus;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.application.port.out.notification.StoredNotification;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationOutbox} must do; run against the in-memory fake and the real adapter. */
public abstract class NotificationOutboxContract {
    protected static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Set<Channel> BOTH = EnumSet.allOf(Channel.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract NotificationOutbox outbox();

    protected abstract BusinessRepository businesses();

    /** Rows of earlier tests would be due too: send them all first, so each test sees only its own. */
    @BeforeEach
    void drainEarlierTests() {
        Instant farFuture = Instant.parse("2999-01-01T00:00:00Z");
        List<ClaimedNotification> left;
        do {
            left = outbox().claimDue(BOTH, farFuture, farFuture.plusSeconds(1), 500);
            left.forEach(claimed -> outbox().markSent(claimed.id(), claimed.attempt(), farFuture));
        } while (!left.isEmpty());
    }

    @Test
    void storesANotificationOncePerBusinessAndDedupeKey() {
        BusinessId business = business();
        BusinessId other = business();

        assertThat(outbox().enqueue(email(business, "message:1:email", T0))).isTrue();
        assertThat(outbox().enqueue(email(business, "message:1:email", T0.plusSeconds(5)))).isFalse();
        assertThat(outbox().enqueue(email(other, "message:1:email", T0))).as("another business's key").isTrue();
        assertThat(outbox().enqueue(sms(business, "message:1:sms", T0))).isTrue();

        assertThat(outbox().recent(business, 10)).hasSize(2);
    }

    @Test
    void claimsDueNotificationsOnTheGivenChannelsOnceUntilTheLeaseEnds() {
        BusinessId business = business();
        outbox().enqueue(email(business, "a:email", T0));
        outbox().enqueue(sms(business, "a:sms", T0));
        outbox().enqueue(email(business, "later:email", T0.plusSeconds(60)));

        List<ClaimedNotification> claimed = outbox().claimDue(EnumSet.of(Channel.EMAIL), T0.plusSeconds(1),
                T0.plus(LEASE), 10);

        assertThat(claimed).singleElement().satisfies(notification -> {
            assertThat(notification.businessId()).isEqualTo(business);
            assertThat(notification.channel()).isEqualTo(Channel.EMAIL);
            assertThat(notification.recipient()).isEqualTo("owner@shop.example");
            assertThat(notification.subject()).contains("Subject a:email");
            assertThat(notification.text()).isEqualTo("Text of a:email");
            assertThat(notification.html()).contains("<p>a:email</p>");
            assertThat(notification.attempt()).isEqualTo(1);
        });
        assertThat(outbox().claimDue(EnumSet.of(Channel.EMAIL), T0.plusSeconds(2), T0.plus(LEASE), 10))
                .as("claimed ones wait for their lease").isEmpty();
        ClaimedNotification again = outbox().claimDue(EnumSet.of(Channel.EMAIL), T0.plus(LEASE), T0.plus(LEASE).plus(LEASE),
                10).stream().filter(n -> n.id().equals(claimed.get(0).id())).findFirst().orElseThrow();
        assertThat(again.attempt()).as("a worker that died leaves it to the next").isEqualTo(2);
        assertThat(outbox().claimDue(EnumSet.of(Channel.SMS), T0.plusSeconds(1), T0.plus(LEASE), 10))
                .extracting(ClaimedNotification::recipient).containsExactly("+14155550123");
    }

    @Test
    void takesAtMostTheLimitOldestDueFirst() {
        BusinessId business = business();
        outbox().enqueue(email(business, "third", T0.plusSeconds(3)));
        outbox().enqueue(email(business, "first", T0.plusSeconds(1)));
        outbox().enqueue(email(business, "second", T0.plusSeconds(2)));

        List<ClaimedNotification> claimed = outbox().claimDue(BOTH, T0.plusSeconds(10), T0.plus(LEASE), 2);

        assertThat(claimed).extracting(ClaimedNotification::text).containsExactly("Text of first", "Text of second");
    }

    @Test
    void aSentNotificationIsNeverClaimedAgain() {
        BusinessId business = business();
        outbox().enqueue(email(business, "sent", T0));
        ClaimedNotification claimed = outbox().claimDue(BOTH, T0, T0.plus(LEASE), 10).get(0);

        outbox().markSent(claimed.id(), claimed.attempt(), T0.plusSeconds(3));

        assertThat(outbox().claimDue(BOTH, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)), 10)).isEmpty();
        StoredNotification stored = outbox().recent(business, 10).get(0);
        assertThat(stored.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.sentAt()).contains(T0.plusSeconds(3));
        assertThat(stored.attempts()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsRetriedAtItsTimeAndTheLastOneStaysFailed() {
        BusinessId business = business();
        outbox().enqueue(email(business, "flaky", T0));
        ClaimedNotification first = outbox().claimDue(BOTH, T0, T0.plus(LEASE), 10).get(0);

        outbox().markFailed(first.id(), first.attempt(), "421 try again later", Optional.of(T0.plusSeconds(60)));

        assertThat(outbox().claimDue(BOTH, T0.plusSeconds(59), T0.plus(LEASE), 10)).isEmpty();
        StoredNotification waiting = outbox().recent(business, 10).get(0);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.lastError()).contains("421 try again later");
        ClaimedNotification second = outbox().claimDue(BOTH, T0.plusSeconds(60), T0.plus(LEASE), 10).get(0);
        assertThat(second.attempt()).isEqualTo(2);

        outbox().markFailed(second.id(), second.attempt(), "550 no such user", Optional.empty());

        StoredNotification failed = outbox().recent(business, 10).get(0);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).contains("550 no such user");
        assertThat(outbox().claimDue(BOTH, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)), 10)).isEmpty();
    }

    @Test
    void aResultOfAnOutdatedClaimChangesNothing() {
        BusinessId business = business();
        outbox().enqueue(email(business, "slow", T0));
        ClaimedNotification slow = outbox().claimDue(BOTH, T0, T0.plus(LEASE), 10).get(0);
        ClaimedNotification next = outbox().claimDue(BOTH, T0.plus(LEASE), T0.plus(LEASE).plus(LEASE), 10).get(0);

        outbox().markFailed(slow.id(), slow.attempt(), "timed out", Optional.empty());
        outbox().markSent(slow.id(), slow.attempt(), T0.plusSeconds(400));

        assertThat(outbox().recent(business, 10).get(0).status()).isEqualTo(NotificationStatus.PENDING);
        outbox().markSent(next.id(), next.attempt(), T0.plusSeconds(401));
        assertThat(outbox().recent(business, 10).get(0).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void listsABusinesssOwnNotificationsNewestFirst() {
        BusinessId business = business();
        BusinessId other = business();
        outbox().enqueue(email(business, "old", T0));
        outbox().enqueue(sms(business, "new", T0.plusSeconds(10)));
        outbox().enqueue(email(other, "foreign", T0.plusSeconds(5)));

        List<StoredNotification> listed = outbox().recent(business, 10);

        assertThat(listed).extracting(StoredNotification::channel).containsExactly(Channel.SMS, Channel.EMAIL);
        assertThat(listed).allSatisfy(stored -> {
            assertThat(stored.businessId()).isEqualTo(business);
            assertThat(stored.kind()).isEqualTo(NotificationEvent.NEW_MESSAGE);
            assertThat(stored.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(stored.attempts()).isZero();
            assertThat(stored.sentAt()).isEmpty();
        });
        assertThat(listed.get(1).createdAt()).isEqualTo(T0);
        assertThat(listed.get(1).subject()).contains("Subject old");
        assertThat(outbox().recent(business, 1)).hasSize(1);
    }

    @Test
    void concurrentWorkersNeverClaimOneNotificationTwice() throws Exception {
        BusinessId business = business();
        int count = 40;
        for (int i = 0; i < count; i++) {
            outbox().enqueue(email(business, "burst-" + i, T0.plusMillis(i)));
        }
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    start.await();
                    List<ClaimedNotification> batch;
                    do {
                        batch = outbox().claimDue(BOTH, T0.plusSeconds(1), T0.plus(LEASE), 3);
                        batch.forEach(n -> claimed.add(n.id()));
                    } while (!batch.isEmpty());
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
        assertThat(claimed).hasSize(count);
        assertThat(new HashSet<>(claimed)).hasSize(count);
    }

    protected BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Outbox Shop", T0.minus(Duration.ofDays(3)));
        businesses().add(business);
        return business.id();
    }

    protected static OutgoingNotification email(BusinessId business, String key, Instant at) {
        return new OutgoingNotification(business, NotificationEvent.NEW_MESSAGE, Channel.EMAIL, "owner@shop.example",
                Optional.of("Subject " + key), "Text of " + key, Optional.of("<p>" + key + "</p>"), key, at);
    }

    protected static OutgoingNotification sms(BusinessId business, String key, Instant at) {
        return new OutgoingNotification(business, NotificationEvent.NEW_MESSAGE, Channel.SMS, "+14155550123",
                Optional.empty(), "Text of " + key, Optional.empty(), key, at);
    }
}
