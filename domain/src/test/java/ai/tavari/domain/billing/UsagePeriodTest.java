package ai.tavari.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsagePeriodTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-04-01T00:00:00Z");
    private final UsagePeriod period = UsagePeriod.of(START, END);

    @Test
    void startIsInclusiveEndExclusive() {
        assertThat(period.contains(START)).isTrue();
        assertThat(period.contains(END.minusNanos(1))).isTrue();
        assertThat(period.contains(END)).isFalse();
        assertThat(period.contains(START.minusNanos(1))).isFalse();
        assertThat(period.hasEndedBy(END)).isTrue();
        assertThat(period.hasEndedBy(END.minusSeconds(1))).isFalse();
        assertThat(period.length()).isEqualTo(Duration.ofDays(31));
    }

    @Test
    void mustStartBeforeItEnds() {
        assertThatThrownBy(() -> UsagePeriod.of(END, START)).isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> UsagePeriod.of(START, START)).isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> UsagePeriod.of(null, END)).isInstanceOf(DomainValidationException.class);
    }
}
