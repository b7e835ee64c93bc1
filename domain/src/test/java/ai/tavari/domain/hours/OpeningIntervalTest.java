package ai.tavari.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OpeningIntervalTest {

    @Test
    void sameDayIntervalIsNotOvernight() {
        OpeningInterval interval = OpeningInterval.of("09:00", "17:00");
        assertThat(interval.isOvernight()).isFalse();
        assertThat(interval.isAllDay()).isFalse();
        assertThat(interval.nominalLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void closingAtOrBeforeOpeningRunsOvernight() {
        OpeningInterval interval = OpeningInterval.of("22:00", "02:00");
        assertThat(interval.isOvernight()).isTrue();
        assertThat(interval.nominalLength()).isEqualTo(Duration.ofHours(4));
        assertThat(OpeningInterval.of("18:00", "00:00").isOvernight()).isTrue();
        assertThat(OpeningInterval.of("18:00", "00:00").nominalLength()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void midnightToMidnightIsAllDay() {
        OpeningInterval allDay = OpeningInterval.allDay();
        assertThat(allDay).isEqualTo(OpeningInterval.of("00:00", "00:00"));
        assertThat(allDay.isAllDay()).isTrue();
        assertThat(allDay.nominalLength()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void equalTimesOtherThanMidnightAreRejected() {
        assertThatThrownBy(() -> OpeningInterval.of("09:00", "09:00"))
                .isInstanceOf(DomainValidationException.class)
                .extracting("field").isEqualTo("closes");
    }

    @Test
    void timesMustBeWholeMinutes() {
        assertThatThrownBy(() -> OpeningInterval.of(LocalTime.of(9, 0, 30), LocalTime.of(17, 0)))
                .isInstanceOf(DomainValidationException.class)
                .extracting("field").isEqualTo("opens");
    }

    @Test
    void missingOrUnparseableTimesNameTheirField() {
        assertThatThrownBy(() -> OpeningInterval.of(null, LocalTime.NOON))
                .extracting("field").isEqualTo("opens");
        assertThatThrownBy(() -> OpeningInterval.of("09:00", "5pm"))
                .extracting("field").isEqualTo("closes");
        assertThatThrownBy(() -> OpeningInterval.of(" ", "17:00"))
                .extracting("field").isEqualTo("opens");
    }

    @Test
    void ordersByOpeningTime() {
        assertThat(OpeningInterval.of("08:00", "09:00")).isLessThan(OpeningInterval.of("10:00", "11:00"));
    }
}
