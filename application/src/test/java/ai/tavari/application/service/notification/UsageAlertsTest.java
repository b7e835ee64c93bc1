package ai.tavari.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.out.PlanTerm;
import ai.tavari.application.service.usage.UsageService;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsageAlertsTest {
    private static final Instant T0 = Instant.parse("2026-11-10T15:00:00Z");
    private static final Plan TRIAL = new Plan("trial", "Free trial", Money.zero("USD"), 30, 1, false, Optional.empty(), 14);

    private final OwnerData data = new OwnerData();
    private final MutableClock clock = new MutableClock(T0);
    private final NotificationFixture notifications = new NotificationFixture();
    private final AtomicReference<UsagePeriod> period = new AtomicReference<>(
            UsagePeriod.of(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")));
    private final UsageAlerts alerts = notifications.usageAlerts(
            new UsageService(data.businesses, (business, now) -> new PlanTerm(TRIAL, period.get()), data.usage,
                    data.calls, clock),
            data.businesses, new InMemoryAgentSetupRepository(), clock);
    private Business business;

    @BeforeEach
    void owner() {
        business = data.business("Bella Dental", ZoneId.of("America/New_York"));
        notifications.users.add(User.owner(UserId.newId(), business.id(), EmailAddress.of("ana@bella.example"),
                "$argon2id$hash", T0));
    }

    private void callOf(int minutes) {
        clock.advance(Duration.ofHours(1));
        CallSession call = data.endedCall(business.id(), clock.instant().minusSeconds(minutes * 60L), minutes * 60,
                Outcome.COMPLETED, Intent.FAQ);
        data.meter(call);
        alerts.minutesMetered(business.id());
    }

    private java.util.List<String> subjects() {
        return notifications.outbox.rows().stream().map(row -> row.notification.subject().orElseThrow()).toList();
    }

    @Test
    void warnsAt80And95And100PercentOncePerPeriodEach() {
        callOf(20);
        assertThat(notifications.outbox.rows()).isEmpty();

        callOf(4);
        callOf(1);
        assertThat(subjects()).containsExactly("You have used 80 % of your plan's minutes");

        callOf(4);
        callOf(1);
        assertThat(subjects()).containsExactly("You have used 80 % of your plan's minutes",
                "You have used 95 % of your plan's minutes", "You have used all 30 minutes of your plan");
        assertThat(notifications.outbox.rows()).allSatisfy(row -> {
            assertThat(row.notification.kind()).isEqualTo(NotificationEvent.USAGE_ALERT);
            assertThat(row.notification.recipient()).isEqualTo("ana@bella.example");
        });
        assertThat(notifications.outbox.rows().get(2).notification.text())
                .contains("has used 30 of the 30 minutes included in the Free trial plan", "callers reach voicemail",
                        "https://tavari.example/billing/");
    }

    @Test
    void aNewPeriodWarnsAgain() {
        callOf(25);
        period.set(UsagePeriod.of(Instant.parse("2026-11-10T00:00:00Z"), Instant.parse("2026-12-10T00:00:00Z")));
        // the same minutes, now counted in a period that started later
        alerts.minutesMetered(business.id());

        assertThat(notifications.outbox.rows()).hasSize(2);
    }

    @Test
    void jumpingPastSeveralLevelsWarnsOnceAtTheHighest() {
        callOf(31);

        assertThat(subjects()).containsExactly("You have used all 30 minutes of your plan");
    }
}
