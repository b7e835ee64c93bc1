package ai.tavari.application.service.usage;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.domain.billing.UsagePeriod;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecurringPeriodsTest {
    private static final UsagePeriod NOVEMBER_5 = UsagePeriod.of(Instant.parse("2026-11-05T08:30:00Z"),
            Instant.parse("2026-12-05T08:30:00Z"));

    @Test
    void aPeriodThatContainsTheInstantIsKept() {
        assertThat(RecurringPeriods.containing(NOVEMBER_5, Instant.parse("2026-11-20T00:00:00Z"))).isEqualTo(NOVEMBER_5);
        assertThat(RecurringPeriods.containing(NOVEMBER_5, NOVEMBER_5.start())).isEqualTo(NOVEMBER_5);
    }

    @Test
    void aMonthlyPeriodMovesOnByMonthsAtTheSameTimeOfDay() {
        assertThat(RecurringPeriods.containing(NOVEMBER_5, NOVEMBER_5.end())).isEqualTo(UsagePeriod.of(
                Instant.parse("2026-12-05T08:30:00Z"), Instant.parse("2027-01-05T08:30:00Z")));
        assertThat(RecurringPeriods.containing(NOVEMBER_5, Instant.parse("2027-03-05T08:29:59Z"))).isEqualTo(UsagePeriod.of(
                Instant.parse("2027-02-05T08:30:00Z"), Instant.parse("2027-03-05T08:30:00Z")));
    }

    @Test
    void anEarlierInstantFindsAnEarlierPeriod() {
        assertThat(RecurringPeriods.containing(NOVEMBER_5, Instant.parse("2026-11-05T08:29:59Z"))).isEqualTo(UsagePeriod.of(
                Instant.parse("2026-10-05T08:30:00Z"), Instant.parse("2026-11-05T08:30:00Z")));
    }

    @Test
    void aPeriodAnchoredOnThe31stComesBackToThe31st() {
        UsagePeriod january = UsagePeriod.of(Instant.parse("2027-01-31T10:00:00Z"), Instant.parse("2027-02-28T10:00:00Z"));

        assertThat(RecurringPeriods.containing(january, Instant.parse("2027-03-15T00:00:00Z"))).isEqualTo(UsagePeriod.of(
                Instant.parse("2027-02-28T10:00:00Z"), Instant.parse("2027-03-31T10:00:00Z")));
        assertThat(RecurringPeriods.containing(january, Instant.parse("2027-04-01T00:00:00Z"))).isEqualTo(UsagePeriod.of(
                Instant.parse("2027-03-31T10:00:00Z"), Instant.parse("2027-04-30T10:00:00Z")));
    }

    @Test
    void aYearlyPeriodMovesOnByYears() {
        UsagePeriod year = UsagePeriod.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"));

        assertThat(RecurringPeriods.containing(year, Instant.parse("2027-06-01T00:00:00Z"))).isEqualTo(UsagePeriod.of(
                Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2028-02-01T00:00:00Z")));
    }

    @Test
    void anyOtherPeriodRepeatsByItsLength() {
        UsagePeriod trial = UsagePeriod.of(Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-15T10:00:00Z"));

        UsagePeriod next = RecurringPeriods.containing(trial, Instant.parse("2026-11-20T00:00:00Z"));

        assertThat(next).isEqualTo(UsagePeriod.of(trial.end(), trial.end().plus(Duration.ofDays(14))));
        assertThat(RecurringPeriods.containing(trial, trial.start().minusNanos(1)))
                .isEqualTo(UsagePeriod.of(trial.start().minus(Duration.ofDays(14)), trial.start()));
    }
}
