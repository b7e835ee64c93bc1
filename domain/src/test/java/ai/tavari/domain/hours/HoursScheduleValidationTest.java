package ai.tavari.domain.hours;

import static ai.tavari.domain.fixtures.DomainFixtures.BERLIN;
import static ai.tavari.domain.fixtures.DomainFixtures.NEW_YORK;
import static ai.tavari.domain.fixtures.DomainFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoursScheduleValidationTest {

    @Test
    void overlappingIntervalsOnTheSameDayAreRejectedWithTheLaterOnesField() {
        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.MONDAY, "09:00", "13:00")
                .open(DayOfWeek.MONDAY, "12:00", "17:00")
                .build())
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("overlaps Monday 9 AM to 1 PM")
                .extracting("field").isEqualTo("hours.monday[1]");
    }

    @Test
    void anIntervalInsideAnotherIsAnOverlap() {
        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.FRIDAY, "08:00", "20:00")
                .open(DayOfWeek.FRIDAY, "10:00", "11:00")
                .build())
                .extracting("field").isEqualTo("hours.friday[1]");
    }

    @Test
    void anOvernightSpanMayNotOverlapTheNextDaysHours() {
        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.MONDAY, "22:00", "02:00")
                .open(DayOfWeek.TUESDAY, "01:00", "05:00")
                .build())
                .hasMessage("overlaps Monday 10 PM to 2 AM")
                .extracting("field").isEqualTo("hours.tuesday[0]");
    }

    @Test
    void aSundayNightSpanMayNotOverlapMondayMorning() {
        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.MONDAY, "02:00", "04:00")
                .open(DayOfWeek.SUNDAY, "22:00", "03:00")
                .build())
                .hasMessage("overlaps Monday 2 AM to 4 AM")
                .extracting("field").isEqualTo("hours.sunday[0]");
    }

    @Test
    void touchingIntervalsAreAllowed() {
        assertThatCode(() -> HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.MONDAY, "09:00", "12:00")
                .open(DayOfWeek.MONDAY, "12:00", "17:00")
                .open(DayOfWeek.SUNDAY, "20:00", "00:00")
                .open(DayOfWeek.MONDAY, "00:00", "03:00")
                .open(DayOfWeek.SATURDAY, "00:00", "00:00")
                .build())
                .doesNotThrowAnyException();
    }

    @Test
    void atMostFourIntervalsPerDay() {
        HoursSchedule.Builder builder = HoursSchedule.builder(NEW_YORK);
        for (int hour = 8; hour < 16; hour += 2) {
            builder.open(DayOfWeek.MONDAY, time(hour, 0), time(hour + 1, 0));
        }
        assertThat(builder.build().intervalsOn(DayOfWeek.MONDAY)).hasSize(HoursSchedule.MAX_INTERVALS_PER_DAY);

        builder.open(DayOfWeek.MONDAY, time(18, 0), time(19, 0));
        assertThatThrownBy(builder::build)
                .isInstanceOf(DomainValidationException.class)
                .extracting("field").isEqualTo("hours.monday");
    }

    @Test
    void builderNamesTheFaultyIntervalField() {
        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.WEDNESDAY, "09:00", "17:00")
                .open(DayOfWeek.WEDNESDAY, "18:00", "18:00"))
                .extracting("field").isEqualTo("hours.wednesday[1].closes");
        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK).open(DayOfWeek.MONDAY, "9am", "17:00"))
                .extracting("field").isEqualTo("hours.monday[0].opens");
    }

    @Test
    void holidaysAreCappedAndMustNotRepeat() {
        List<Holiday> hundred = IntStream.range(0, HoursSchedule.MAX_HOLIDAYS)
                .mapToObj(i -> Holiday.on(LocalDate.of(2026, 1, 1).plusDays(i)))
                .toList();
        assertThat(HoursSchedule.alwaysClosed(NEW_YORK).withHolidays(hundred).holidays()).hasSize(100);

        List<Holiday> tooMany = new ArrayList<>(hundred);
        tooMany.add(Holiday.on(LocalDate.of(2027, 1, 1)));
        assertThatThrownBy(() -> HoursSchedule.alwaysClosed(NEW_YORK).withHolidays(tooMany))
                .extracting("field").isEqualTo("hours.holidays");

        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK)
                .holiday(LocalDate.of(2026, 12, 25), "Christmas")
                .holiday(LocalDate.of(2026, 12, 25))
                .build())
                .extracting("field").isEqualTo("hours.holidays[1].date");
    }

    @Test
    void holidayLabelsAreLimitedAndBlankLabelsDropped() {
        assertThatThrownBy(() -> HoursSchedule.builder(NEW_YORK).holiday(LocalDate.of(2026, 7, 4), "x".repeat(81)))
                .extracting("field").isEqualTo("hours.holidays[0].label");
        assertThat(Holiday.on(LocalDate.of(2026, 7, 4), "  ").label()).isEmpty();
        assertThat(Holiday.on(LocalDate.of(2026, 7, 4), " Independence Day ").label()).contains("Independence Day");
    }

    @Test
    void zoneIsRequired() {
        assertThatThrownBy(() -> HoursSchedule.alwaysClosed(null))
                .extracting("field").isEqualTo("hours.timeZone");
    }

    @Test
    void missingDaysAndNullListsMeanClosed() {
        Map<DayOfWeek, List<OpeningInterval>> weekly = new HashMap<>();
        weekly.put(DayOfWeek.MONDAY, List.of(OpeningInterval.of("09:00", "17:00")));
        weekly.put(DayOfWeek.TUESDAY, null);
        HoursSchedule schedule = HoursSchedule.of(NEW_YORK, weekly, null);

        assertThat(schedule.weekly()).hasSize(7);
        assertThat(schedule.intervalsOn(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(schedule.intervalsOn(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(schedule.holidays()).isEmpty();
    }

    @Test
    void intervalsAreStoredSortedAndHolidaysByDate() {
        HoursSchedule schedule = HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.MONDAY, "13:00", "17:00")
                .open(DayOfWeek.MONDAY, "08:00", "12:00")
                .holiday(LocalDate.of(2026, 12, 25))
                .holiday(LocalDate.of(2026, 7, 4))
                .build();

        assertThat(schedule.intervalsOn(DayOfWeek.MONDAY)).extracting(OpeningInterval::opens)
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(13, 0));
        assertThat(schedule.holidays()).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 12, 25));
    }

    @Test
    void schedulesWithTheSameContentAreEqualAndExposeNoMutableState() {
        HoursSchedule a = HoursSchedule.builder(NEW_YORK).weekdays(time(9, 0), time(17, 0)).build();
        HoursSchedule b = HoursSchedule.weekdaysNineToFive(NEW_YORK);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toBuilder().build()).isEqualTo(a);
        assertThat(a.withZone(BERLIN)).isNotEqualTo(a);
        assertThatThrownBy(() -> a.weekly().put(DayOfWeek.SUNDAY, List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.intervalsOn(DayOfWeek.MONDAY).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withersValidateTheirResult() {
        HoursSchedule schedule = HoursSchedule.weekdaysNineToFive(NEW_YORK);
        assertThat(schedule.withIntervals(DayOfWeek.SATURDAY, List.of(OpeningInterval.of("10:00", "14:00")))
                .intervalsOn(DayOfWeek.SATURDAY)).hasSize(1);
        assertThatThrownBy(() -> schedule.withIntervals(DayOfWeek.MONDAY,
                List.of(OpeningInterval.of("09:00", "12:00"), OpeningInterval.of("11:00", "13:00"))))
                .extracting("field").isEqualTo("hours.monday[1]");
    }

    @Test
    void oldHolidaysCanBePruned() {
        HoursSchedule schedule = HoursSchedule.builder(NEW_YORK)
                .holiday(LocalDate.of(2025, 12, 25))
                .holiday(LocalDate.of(2026, 12, 25))
                .build();
        assertThat(schedule.withoutHolidaysBefore(LocalDate.of(2026, 1, 1)).holidays())
                .extracting(Holiday::date).containsExactly(LocalDate.of(2026, 12, 25));
    }
}
