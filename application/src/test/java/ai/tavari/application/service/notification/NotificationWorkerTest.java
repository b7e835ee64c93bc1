package ai.tavari.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.FakeBillingGateway;
import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.InMemoryTrialCandidates;
import ai.tavari.application.fakes.ManualCallScheduler;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.fakes.RecordingEmailSender;
import ai.tavari.application.fakes.RecordingSmsSender;
import ai.tavari.application.service.billing.BillingService;
import ai.tavari.application.service.billing.BillingSettings;
import ai.tavari.application.service.billing.BusinessSubscriptionService;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.business.BusinessStatus;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worker's timers: trials ending soon become notifications, and due notifications are sent. */
class NotificationWorkerTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Plan TRIAL = new Plan("trial", "Free trial", Money.zero("USD"), 30, 1, false, Optional.empty(), 14);

    @Test
    void itsTimersTellEndingTrialsAndSendWhatIsDue() {
        OwnerData data = new OwnerData();
        MutableClock clock = new MutableClock(NOW);
        NotificationFixture notifications = new NotificationFixture();
        InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
        ConfiguredPlans catalog = new ConfiguredPlans(List.of(TRIAL), TRIAL);
        BillingService billing = new BillingService(data.businesses, notifications.users, catalog,
                new BusinessSubscriptionService(subscriptions, data.businesses, catalog,
                        new BillingSettings(Duration.ofDays(7), "trial")),
                data.usage, subscriptions, new FakeBillingGateway(false), clock);
        TrialAlerts trials = new TrialAlerts(notifications.ownerNotifications(new InMemoryAgentSetupRepository(), clock),
                data.businesses, new InMemoryTrialCandidates(data.businesses, subscriptions), billing, catalog,
                notifications.config, clock);
        RecordingEmailSender email = new RecordingEmailSender();
        NotificationDelivery delivery = new NotificationDelivery(new NotificationAttempts(notifications.outbox), email,
                new RecordingSmsSender(false), notifications.config, clock);
        ManualCallScheduler scheduler = new ManualCallScheduler();
        DailyDigests digests = new DailyDigests(notifications.preferences, data.businesses, data.messages,
                notifications.ownerNotifications(new InMemoryAgentSetupRepository(), clock), notifications.config, clock);
        NotificationWorker worker = new NotificationWorker(scheduler, delivery, trials, digests, notifications.config);
        Business business = new Business(BusinessId.newId(), "Ends Soon", Optional.empty(), ZoneId.of("Europe/Lisbon"),
                Optional.empty(), Optional.empty(), BusinessStatus.ACTIVE, NOW.minus(Duration.ofDays(12)));
        data.businesses.add(business);
        notifications.users.add(User.owner(UserId.newId(), business.id(), EmailAddress.of("ana@ends.example"),
                "$argon2id$hash", business.createdAt()));

        worker.start();
        worker.start();
        scheduler.runTimers();
        scheduler.runTimers();

        assertThat(email.sent).singleElement().satisfies(message -> {
            assertThat(message.to()).isEqualTo("ana@ends.example");
            assertThat(message.subject()).isEqualTo("Your Tavari trial ends on Friday 27 November 2026");
        });
    }
}
