package ai.tavari.domain.hours;

import static ai.tavari.domain.fixtures.DomainFixtures.NEW_YORK;
import static ai.tavari.domain.fixtures.DomainFixtures.at;
import static ai.tavari.domain.fixtures.DomainFixtures.weekdaysNineToFive;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoursScheduleTest {

    private static ZonedDateTime ny(String localDateTime) {
        return at(localDateTime, NEW_YORK).atZone(NEW_YORK);
    }

    @Nested
    class WeekdaysNineToFive {
        private final HoursSchedule hours = weekdaysNineToFive(NEW_YORK);

        @ParameterizedTest(name = "{0} open={1}")
        @CsvSource({
                "2026-03-04T08:59, false",
                "2026-03-04T09:00, true",
                "2026-03-04T12:00, true",
                "2026-03-04T16:59, true",
                "2026-03-04T17:00, false",
                "2026-03-07T12:00, false",
                "2026-03-08T12:00, false",
                "2026-03-09T09:30, true"})
        void isOpenWithinIntervalsOnly(String local, boolean open) {
            assertThat(hours.isOpen(at(local, NEW_YORK))).isEqualTo(open);
        }

        @ParameterizedTest(name = "at {0} next opening is {1}")
        @CsvSource({
                "2026-03-04T07:00, 2026-03-04T09:00",
                "2026-03-04T18:00, 2026-03-05T09:00",
                "2026-03-04T10:00, 2026-03-05T09:00",
                "2026-03-06T17:00, 2026-03-09T09:00",
                "2026-03-07T11:00, 2026-03-09T09:00"})
        void nextOpening(String local, String expected) {
            assertThat(hours.nextOpening(at(local, NEW_YORK))).contains(ny(expected));
        }

        @Test
        void closesAtTheEndOfTheCurrentInterval() {
            assertThat(hours.closesAt(at("2026-03-04T10:00", NEW_YORK))).contains(ny("2026-03-04T17:00"));
            assertThat(hours.closesAt(at("2026-03-04T18:00", NEW_YORK))).isEmpty();
        }

        @Test
        void currentPeriodIsTheOccurrenceContainingNow() {
            assertThat(hours.currentPeriod(at("2026-03-04T10:00", NEW_YORK)))
                    .contains(new OpenPeriod(ny("2026-03-04T09:00"), ny("2026-03-04T17:00")));
            assertThat(hours.currentPeriod(at("2026-03-04T20:00", NEW_YORK))).isEmpty();
        }

        @Test
        void statusCarriesTheNextChange() {
            assertThat(hours.status(at("2026-03-04T10:00", NEW_YORK)))
                    .isEqualTo(new HoursStatus.Open(Optional.of(ny("2026-03-04T17:00"))));
            assertThat(hours.status(at("2026-03-04T20:00", NEW_YORK)))
                    .isEqualTo(new HoursStatus.Closed(Optional.of(ny("2026-03-05T09:00")), Optional.empty()));
        }

        @Test
        void theResultIsInTheBusinessZoneWhateverTheInstant() {
            ZonedDateTime next = hours.nextOpening(Instant.parse("2026-03-04T23:00:00Z")).orElseThrow();
            assertThat(next.getZone()).isEqualTo(NEW_YORK);
            assertThat(next.toInstant()).isEqualTo(Instant.parse("2026-03-05T14:00:00Z"));
        }
    }

    @Nested
    class OvernightSpans {
        private final HoursSchedule bar = HoursSchedule.builder(NEW_YORK)
                .open(DayOfWeek.FRIDAY, "20:00", "02:00")
                .open(DayOfWeek.SATURDAY, "20:00", "02:00")
                .build();

        @Test
        void aSpanStartedTheEveningBeforeIsStillOpenAfterMidnight() {
            assertThat(bar.isOpen(at("2026-03-07T01:00", NEW_YORK))).isTrue();
            assertThat(bar.closesAt(at("2026-03-07T01:00", NEW_YORK))).contains(ny("2026-03-07T02:00"));
            assertThat(bar.isOpen(at("2026-03-07T02:00", NEW_YORK))).isFalse();
        }

        @Test
        void saturdayNightRunsIntoSunday() {
            assertThat(bar.isOpen(at("2026-03-07T23:30", NEW_YORK))).isTrue();
            // 02:00 on 8 March 2026 falls in the spring-forward gap and becomes 03:00 EDT (the instant 02:00 EST would be).
            assertThat(bar.closesAt(at("2026-03-07T23:30", NEW_YORK))).contains(ny("2026-03-08T03:00"));
        }

        @Test
        void afterTheLastSpanTheNextOpeningIsNextFriday() {
            assertThat(bar.isOpen(at("2026-03-09T01:00", NEW_YORK))).isFalse();
            assertThat(bar.nextOpening(at("2026-03-09T01:00", NEW_YORK))).contains(ny("2026-03-13T20:00"));
        }

        @Test
        void aSundayNightSpanWrapsIntoMonday() {
            HoursSchedule sundayNights = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.SUNDAY, "22:00", "03:00").build();

            assertThat(sundayNights.isOpen(at("2026-03-16T02:59", NEW_YORK))).isTrue();
            assertThat(sundayNights.isOpen(at("2026-03-16T03:00", NEW_YORK))).isFalse();
            assertThat(sundayNights.isOpen(at("2026-03-15T21:59", NEW_YORK))).isFalse();
            assertThat(sundayNights.closesAt(at("2026-03-16T00:30", NEW_YORK))).contains(ny("2026-03-16T03:00"));
            assertThat(sundayNights.nextOpening(at("2026-03-16T04:00", NEW_YORK))).contains(ny("2026-03-22T22:00"));
        }
    }

    @Nested
    class ContinuousOpenings {
        @Test
        void touchingIntervalsCloseAtTheEndOfTheRun() {
            HoursSchedule split = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, "09:00", "12:00")
                    .open(DayOfWeek.MONDAY, "12:00", "17:00")
                    .build();
            assertThat(split.closesAt(at("2026-03-09T10:00", NEW_YORK))).contains(ny("2026-03-09T17:00"));
            assertThat(split.currentPeriod(at("2026-03-09T10:00", NEW_YORK)).orElseThrow().closes())
                    .isEqualTo(ny("2026-03-09T12:00"));
        }

        @Test
        void allDayIntervalsOnConsecutiveDaysFormOneOpening() {
            HoursSchedule twoDays = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, "00:00", "00:00")
                    .open(DayOfWeek.TUESDAY, "00:00", "00:00")
                    .build();
            assertThat(twoDays.isOpen(at("2026-03-09T00:00", NEW_YORK))).isTrue();
            assertThat(twoDays.closesAt(at("2026-03-09T10:00", NEW_YORK))).contains(ny("2026-03-11T00:00"));
            assertThat(twoDays.nextOpening(at("2026-03-09T10:00", NEW_YORK))).contains(ny("2026-03-16T00:00"));
        }

        @Test
        void lateIntervalTouchingAnOvernightSpanExtendsIt() {
            HoursSchedule schedule = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, "18:00", "00:00")
                    .open(DayOfWeek.TUESDAY, "00:00", "02:00")
                    .build();
            assertThat(schedule.closesAt(at("2026-03-09T19:00", NEW_YORK))).contains(ny("2026-03-10T02:00"));
        }

        @Test
        void alwaysOpenNeverCloses() {
            HoursSchedule always = HoursSchedule.alwaysOpen(NEW_YORK);
            Instant now = at("2026-03-04T10:00", NEW_YORK);

            assertThat(always.isOpen(now)).isTrue();
            assertThat(always.closesAt(now)).isEmpty();
            assertThat(always.nextOpening(now)).isEmpty();
            assertThat(always.status(now)).isEqualTo(new HoursStatus.Open(Optional.empty()));
        }

        @Test
        void alwaysOpenClosesForAnUpcomingHoliday() {
            HoursSchedule always = HoursSchedule.alwaysOpen(NEW_YORK)
                    .withHolidays(java.util.List.of(Holiday.on(LocalDate.of(2026, 3, 20))));
            Instant now = at("2026-03-04T10:00", NEW_YORK);

            assertThat(always.closesAt(now)).contains(ny("2026-03-20T00:00"));
            assertThat(always.nextOpening(now)).contains(ny("2026-03-21T00:00"));
        }
    }

    @Nested
    class NeverOpen {
        private final HoursSchedule closed = HoursSchedule.alwaysClosed(NEW_YORK);

        @Test
        void isNeverOpenAndHasNoNextOpening() {
            Instant now = at("2026-03-04T10:00", NEW_YORK);
            assertThat(closed.hasOpeningHours()).isFalse();
            assertThat(closed.isOpen(now)).isFalse();
            assertThat(closed.nextOpening(now)).isEmpty();
            assertThat(closed.closesAt(now)).isEmpty();
            assertThat(closed.status(now)).isEqualTo(new HoursStatus.Closed(Optional.empty(), Optional.empty()));
        }

        @Test
        void aScheduleWhoseOnlyDayIsAlwaysAHolidayStillFindsTheWeekAfter() {
            HoursSchedule mondaysOnly = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, "09:00", "17:00")
                    .holiday(LocalDate.of(2026, 3, 9))
                    .holiday(LocalDate.of(2026, 3, 16))
                    .holiday(LocalDate.of(2026, 3, 23))
                    .build();
            assertThat(mondaysOnly.nextOpening(at("2026-03-04T10:00", NEW_YORK))).contains(ny("2026-03-30T09:00"));
        }
    }

    @Nested
    class Holidays {
        private final HoursSchedule hours = weekdaysNineToFive(NEW_YORK).toBuilder()
                .holiday(LocalDate.of(2026, 11, 26), "Thanksgiving")
                .build();

        @Test
        void aHolidayClosesTheWholeDay() {
            assertThat(hours.isOpen(at("2026-11-26T10:00", NEW_YORK))).isFalse();
            assertThat(hours.periodsStartingOn(LocalDate.of(2026, 11, 26))).isEmpty();
            assertThat(hours.nextOpening(at("2026-11-25T18:00", NEW_YORK))).contains(ny("2026-11-27T09:00"));
        }

        @Test
        void closedStatusNamesTodaysHoliday() {
            assertThat(hours.status(at("2026-11-26T10:00", NEW_YORK))).isEqualTo(new HoursStatus.Closed(
                    Optional.of(ny("2026-11-27T09:00")),
                    Optional.of(Holiday.on(LocalDate.of(2026, 11, 26), "Thanksgiving"))));
        }

        @Test
        void upcomingHolidaysStartToday() {
            HoursSchedule withPast = hours.toBuilder().holiday(LocalDate.of(2026, 1, 1)).build();
            assertThat(withPast.upcomingHolidays(at("2026-11-26T20:00", NEW_YORK)))
                    .extracting(Holiday::date).containsExactly(LocalDate.of(2026, 11, 26));
            assertThat(withPast.holidayOn(LocalDate.of(2026, 1, 1))).isPresent();
            assertThat(withPast.holidayOn(LocalDate.of(2026, 1, 2))).isEmpty();
        }

        /** The documented rule: a holiday cancels the spans that start on it, not one already running. */
        @Test
        void anOvernightSpanFromTheEveningBeforeRunsIntoTheHolidayButNoneStartsOnIt() {
            HoursSchedule nights = HoursSchedule.builder(NEW_YORK)
                    .open(java.util.EnumSet.allOf(DayOfWeek.class), java.time.LocalTime.of(22, 0), java.time.LocalTime.of(2, 0))
                    .holiday(LocalDate.of(2026, 12, 25), "Christmas Day")
                    .build();

            assertThat(nights.isOpen(at("2026-12-25T01:00", NEW_YORK))).as("Christmas Eve's span").isTrue();
            assertThat(nights.closesAt(at("2026-12-25T01:00", NEW_YORK))).contains(ny("2026-12-25T02:00"));
            assertThat(nights.isOpen(at("2026-12-25T23:00", NEW_YORK))).as("Christmas night").isFalse();
            assertThat(nights.isOpen(at("2026-12-26T01:00", NEW_YORK))).as("after midnight of Christmas night").isFalse();
            assertThat(nights.nextOpening(at("2026-12-25T03:00", NEW_YORK))).contains(ny("2026-12-26T22:00"));
        }

        @Test
        void manyConsecutiveHolidaysAreSkipped() {
            HoursSchedule.Builder builder = weekdaysNineToFive(NEW_YORK).toBuilder();
            for (int day = 0; day < 30; day++) {
                builder.holiday(LocalDate.of(2026, 7, 1).plusDays(day));
            }
            HoursSchedule summerBreak = builder.build();
            assertThat(summerBreak.nextOpening(at("2026-06-30T18:00", NEW_YORK))).contains(ny("2026-07-31T09:00"));
        }
    }
}
