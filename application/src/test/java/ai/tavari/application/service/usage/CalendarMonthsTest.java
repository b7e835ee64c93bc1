package ai.tavari.application.service.usage;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.domain.billing.UsagePeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CalendarMonthsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aMonthRunsFromLocalMidnightToLocalMidnightAcrossDaylightSaving() {
        UsagePeriod november = CalendarMonths.period(YearMonth.of(2026, 11), NEW_YORK);

        assertThat(november.start()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(november.end()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(november.length()).isEqualTo(Duration.ofDays(30).plusHours(1));
    }

    @Test
    void theMonthContainingAnInstantIsTheLocalOne() {
        Instant lateOctoberEvening = Instant.parse("2026-11-01T03:59:59Z");

        assertThat(CalendarMonths.monthOf(lateOctoberEvening, NEW_YORK)).isEqualTo(YearMonth.of(2026, 10));
        assertThat(CalendarMonths.containing(lateOctoberEvening.plusSeconds(1), NEW_YORK).start())
                .isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
    }
}
