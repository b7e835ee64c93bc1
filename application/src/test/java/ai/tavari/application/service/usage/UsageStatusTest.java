package ai.tavari.application.service.usage;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.in.usage.UsageState;
import ai.tavari.application.port.in.usage.UsageStatus;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.shared.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageStatusTest {
    private static final UsagePeriod PERIOD = UsagePeriod.of(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));

    @ParameterizedTest
    @CsvSource({
            "100, 0, 0, 100, OK",
            "100, 79, 79, 21, OK",
            "100, 80, 80, 20, WARNING",
            "100, 99, 99, 1, WARNING",
            "100, 100, 100, 0, LIMIT_REACHED",
            "100, 130, 130, 0, LIMIT_REACHED",
            "300, 239, 79, 61, OK",
            "300, 240, 80, 60, WARNING",
            "7, 6, 85, 1, WARNING"})
    void figuresAndState(long included, long used, long percent, long remaining, UsageState state) {
        UsageStatus status = status(included, used);

        assertThat(status.includedMinutes()).isEqualTo(included);
        assertThat(status.percentUsed()).isEqualTo(percent);
        assertThat(status.minutesRemaining()).isEqualTo(remaining);
        assertThat(status.state()).isEqualTo(state);
    }

    @Test
    void aPlanWithoutIncludedMinutesIsAtItsLimit() {
        assertThat(status(0, 0).state()).isEqualTo(UsageState.LIMIT_REACHED);
        assertThat(status(0, 0).percentUsed()).isEqualTo(100);
    }

    private static UsageStatus status(long included, long used) {
        Plan plan = new Plan("starter", "Starter", Money.of(4900, "USD"), included, 1, false, Optional.empty(), 0);
        return new UsageStatus(plan, PERIOD, ZoneOffset.UTC, used, 3);
    }
}
