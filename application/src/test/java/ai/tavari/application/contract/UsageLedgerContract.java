package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.DailyMinutes;
import ai.tavari.application.port.out.RecordedUsage;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link UsageLedger} must do; run against the in-memory fake and the real adapter. */
public abstract class UsageLedgerContract {
    protected static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");
    private static final UsagePeriod MARCH = UsagePeriod.of(Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"));
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    protected abstract UsageLedger usage();

    protected abstract CallSessionRepository calls();

    protected abstract BusinessRepository businesses();

    @Test
    void recordsACallOnceAndReportsTheRepeat() {
        BusinessId business = business();
        CallId call = call(business);

        assertThat(usage().record(business, call, 3, 130, T0)).isTrue();
        assertThat(usage().record(business, call, 3, 130, T0)).isFalse();
        assertThat(usage().record(business, call, 5, 290, T0.plusSeconds(60))).isFalse();

        assertThat(usage().minutesUsed(business, MARCH)).isEqualTo(3);
    }

    @Test
    void recordsACallOnceWhenItsEndIsReportedManyTimesAtOnce() throws Exception {
        BusinessId business = business();
        CallId call = call(business);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return usage().record(business, call, 2, 75, T0);
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<Boolean> result : results) {
                recorded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(recorded).isEqualTo(1);
            assertThat(usage().minutesUsed(business, MARCH)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sumsTheMinutesRecordedInThePeriodOnly() {
        BusinessId business = business();
        usage().record(business, call(business), 2, 90, MARCH.start());
        usage().record(business, call(business), 4, 200, T0);
        usage().record(business, call(business), 0, 0, T0);
        usage().record(business, call(business), 7, 400, MARCH.end());
        usage().record(business, call(business), 9, 500, MARCH.start().minusSeconds(1));

        assertThat(usage().minutesUsed(business, MARCH)).isEqualTo(6);
        assertThat(usage().minutesUsed(business, UsagePeriod.of(T0, T0.plusSeconds(1)))).isEqualTo(4);
        assertThat(usage().minutesUsed(business(), MARCH)).isZero();
    }

    @Test
    void readsBackTheFirstRecordOfACallForItsBusinessOnly() {
        BusinessId business = business();
        CallId call = call(business);
        usage().record(business, call, 3, 130, T0);
        usage().record(business, call, 5, 290, T0.plusSeconds(60));

        assertThat(usage().recorded(business, call)).contains(new RecordedUsage(call, 3, 130, T0));
        assertThat(usage().recorded(business(), call)).isEmpty();
        assertThat(usage().recorded(business, call(business))).as("not recorded yet").isEmpty();
    }

    @Test
    void refusesFiguresThatDoNotFitEachOther() {
        BusinessId business = business();
        CallId call = call(business);

        assertThatThrownBy(() -> usage().record(business, call, 90, 2, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> usage().record(business, call, 1, 61, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> usage().record(business, call, -1, 0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(usage().record(business, call, 2, 60, T0)).isTrue();
    }

    @Test
    void countsMinutesOnTheLocalDayOfTheBusinessAcrossADaylightSavingChange() {
        BusinessId business = business();
        // New York moves to summer time on Sunday 8 March 2026
        UsagePeriod threeDays = UsagePeriod.of(Instant.parse("2026-03-07T05:00:00Z"), Instant.parse("2026-03-10T04:00:00Z"));
        usage().record(business, call(business), 1, 30, Instant.parse("2026-03-07T05:00:00Z"));   // Sat 00:00 EST
        usage().record(business, call(business), 2, 100, Instant.parse("2026-03-08T04:59:59Z")); // Sat 23:59:59 EST
        usage().record(business, call(business), 4, 200, Instant.parse("2026-03-08T05:00:00Z")); // Sun 00:00 EST
        usage().record(business, call(business), 8, 450, Instant.parse("2026-03-09T03:59:59Z")); // Sun 23:59:59 EDT
        usage().record(business, call(business), 16, 900, Instant.parse("2026-03-10T04:00:00Z")); // Tue 00:00, outside

        assertThat(usage().dailyMinutes(business, threeDays, NEW_YORK)).containsExactly(
                new DailyMinutes(LocalDate.of(2026, 3, 7), 3),
                new DailyMinutes(LocalDate.of(2026, 3, 8), 12),
                new DailyMinutes(LocalDate.of(2026, 3, 9), 0));
        assertThat(usage().dailyMinutes(business, threeDays, ZoneId.of("UTC"))).containsExactly(
                new DailyMinutes(LocalDate.of(2026, 3, 7), 1),
                new DailyMinutes(LocalDate.of(2026, 3, 8), 6),
                new DailyMinutes(LocalDate.of(2026, 3, 9), 8),
                new DailyMinutes(LocalDate.of(2026, 3, 10), 0));
    }

    @Test
    void refusesADailyChartForAPeriodLongerThanTheLimit() {
        UsagePeriod tooLong = UsagePeriod.of(MARCH.start(), MARCH.start().plusSeconds(86_400L * (UsageLedger.MAX_DAYS + 1)));
        assertThatThrownBy(() -> usage().dailyMinutes(business(), tooLong, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherBusinessCanNeitherSeeNorRecordTheUsageOfACall() {
        BusinessId owner = business();
        BusinessId intruder = business();
        CallId ownersCall = call(owner);
        CallId unrecorded = call(owner);
        usage().record(owner, ownersCall, 5, 280, T0);

        assertThat(usage().minutesUsed(intruder, MARCH)).isZero();
        assertThat(usage().dailyMinutes(intruder, UsagePeriod.of(T0, T0.plusSeconds(60)), NEW_YORK))
                .containsExactly(new DailyMinutes(LocalDate.of(2026, 3, 4), 0));
        assertThatThrownBy(() -> usage().record(intruder, ownersCall, 1, 30, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> usage().record(intruder, unrecorded, 1, 30, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(usage().minutesUsed(owner, MARCH)).isEqualTo(5);
        assertThat(usage().record(owner, unrecorded, 1, 30, T0)).isTrue();
    }

    protected BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Usage Shop", T0.minusSeconds(30L * 86_400));
        businesses().add(business);
        return business.id();
    }

    protected CallId call(BusinessId business) {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100", Optional.empty(),
                Instant.parse("2026-02-01T00:00:00Z"));
        calls().add(call);
        return call.id();
    }
}
