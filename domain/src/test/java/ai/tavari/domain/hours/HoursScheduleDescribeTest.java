package ai.tavari.domain.hours;

import static ai.tavari.domain.fixtures.DomainFixtures.NEW_YORK;
import static ai.tavari.domain.fixtures.DomainFixtures.at;
import static ai.tavari.domain.fixtures.DomainFixtures.time;
import static ai.tavari.domain.fixtures.DomainFixtures.weekdaysNineToFive;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoursScheduleDescribeTest {

    @Nested
    class WeeklyDescription {
        @Test
        void groupsConsecutiveDaysWithTheSameHours() {
            HoursSchedule hours = weekdaysNineToFive(NEW_YORK).toBuilder()
                    .open(DayOfWeek.SATURDAY, "10:00", "14:00")
                    .build();
            assertThat(hours.describe()).isEqualTo("Monday to Friday 9 AM to 5 PM, Saturday 10 AM to 2 PM, closed Sunday");
        }

        @Test
        void twoDayGroupsUseAnd() {
            assertThat(weekdaysNineToFive(NEW_YORK).describe())
                    .isEqualTo("Monday to Friday 9 AM to 5 PM, closed Saturday and Sunday");
        }

        @Test
        void identicalButNonConsecutiveDaysAreNotGrouped() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, "09:00", "17:00")
                    .open(DayOfWeek.TUESDAY, "10:00", "16:00")
                    .open(DayOfWeek.WEDNESDAY, "09:00", "17:00")
                    .build();
            assertThat(hours.describe()).isEqualTo(
                    "Monday 9 AM to 5 PM, Tuesday 10 AM to 4 PM, Wednesday 9 AM to 5 PM, closed Thursday to Sunday");
        }

        @Test
        void lunchBreaksAndMinutesAndNoon() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, "13:00", "17:30")
                    .open(DayOfWeek.MONDAY, "08:30", "12:00")
                    .build();
            assertThat(hours.describe()).isEqualTo("Monday 8:30 AM to noon and 1 PM to 5:30 PM, closed Tuesday to Sunday");
        }

        @Test
        void threeIntervalsAreListed() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK)
                    .open(EnumSet.allOf(DayOfWeek.class), time(7, 0), time(9, 0))
                    .open(EnumSet.allOf(DayOfWeek.class), time(12, 0), time(14, 0))
                    .open(EnumSet.allOf(DayOfWeek.class), time(17, 0), time(21, 0))
                    .build();
            assertThat(hours.describe()).isEqualTo("Every day 7 AM to 9 AM, noon to 2 PM and 5 PM to 9 PM");
        }

        @Test
        void overnightAndMidnight() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.THURSDAY, "18:00", "00:00")
                    .open(DayOfWeek.FRIDAY, "22:00", "02:00")
                    .open(DayOfWeek.SATURDAY, "22:00", "02:00")
                    .open(DayOfWeek.MONDAY, "00:00", "04:00")
                    .build();
            assertThat(hours.describe()).isEqualTo("Monday midnight to 4 AM, closed Tuesday and Wednesday, "
                    + "Thursday 6 PM to midnight, Friday and Saturday 10 PM to 2 AM, closed Sunday");
        }

        @Test
        void allDayHours() {
            assertThat(HoursSchedule.alwaysOpen(NEW_YORK).describe()).isEqualTo("Open 24 hours, every day");
            HoursSchedule weekdays = HoursSchedule.builder(NEW_YORK)
                    .weekdays(time(0, 0), time(0, 0))
                    .build();
            assertThat(weekdays.describe()).isEqualTo("Monday to Friday open 24 hours, closed Saturday and Sunday");
        }

        @Test
        void sameHoursEveryDayOrNever() {
            HoursSchedule daily = HoursSchedule.builder(NEW_YORK)
                    .open(EnumSet.allOf(DayOfWeek.class), time(9, 0), time(21, 0))
                    .build();
            assertThat(daily.describe()).isEqualTo("Every day 9 AM to 9 PM");
            assertThat(HoursSchedule.alwaysClosed(NEW_YORK).describe()).isEqualTo("Closed every day");
        }

        @Test
        void afterNoonAndAfterMidnightMinutes() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK)
                    .open(EnumSet.allOf(DayOfWeek.class), time(0, 30), time(12, 15))
                    .build();
            assertThat(hours.describe()).isEqualTo("Every day 12:30 AM to 12:15 PM");
        }
    }

    @Nested
    class StatusSentence {
        private final HoursSchedule hours = weekdaysNineToFive(NEW_YORK);

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "2026-03-04T10:00 | We're open now until 5 PM.",
                "2026-03-04T07:00 | We're closed now; we open again today at 9 AM.",
                "2026-03-04T18:00 | We're closed now; we open again tomorrow at 9 AM.",
                "2026-03-06T18:00 | We're closed now; we open again on Monday at 9 AM.",
                "2026-03-07T12:00 | We're closed now; we open again on Monday at 9 AM."})
        void weekdayHours(String local, String expected) {
            assertThat(hours.describeStatus(at(local, NEW_YORK))).isEqualTo(expected);
        }

        @Test
        void overnightClosingIsTomorrow() {
            HoursSchedule bar = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.FRIDAY, "20:00", "02:00").build();
            assertThat(bar.describeStatus(at("2026-03-06T21:00", NEW_YORK))).isEqualTo("We're open now until 2 AM tomorrow.");
            assertThat(bar.describeStatus(at("2026-03-07T01:00", NEW_YORK))).isEqualTo("We're open now until 2 AM.");
        }

        @Test
        void midnightIsSaidAsMidnight() {
            HoursSchedule evenings = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.WEDNESDAY, "18:00", "00:00")
                    .open(DayOfWeek.FRIDAY, "00:00", "06:00")
                    .build();
            assertThat(evenings.describeStatus(at("2026-03-04T19:00", NEW_YORK))).isEqualTo("We're open now until midnight.");
            assertThat(evenings.describeStatus(at("2026-03-05T20:00", NEW_YORK)))
                    .isEqualTo("We're closed now; we open again tonight at midnight.");
            assertThat(evenings.describeStatus(at("2026-03-04T10:00", NEW_YORK)))
                    .isEqualTo("We're closed now; we open again today at 6 PM.");
        }

        @Test
        void aLongOpeningNamesTheClosingDay() {
            HoursSchedule twoDays = HoursSchedule.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, "00:00", "00:00")
                    .open(DayOfWeek.TUESDAY, "00:00", "00:00")
                    .open(DayOfWeek.WEDNESDAY, "00:00", "09:30")
                    .build();
            assertThat(twoDays.describeStatus(at("2026-03-09T10:00", NEW_YORK)))
                    .isEqualTo("We're open now until Wednesday at 9:30 AM.");
        }

        @Test
        void aFarOpeningNamesTheDate() {
            HoursSchedule.Builder builder = weekdaysNineToFive(NEW_YORK).toBuilder();
            for (int day = 0; day < 14; day++) {
                builder.holiday(LocalDate.of(2026, 12, 21).plusDays(day), day == 4 ? "Christmas Day" : "Winter break");
            }
            HoursSchedule winter = builder.build();
            assertThat(winter.describeStatus(at("2026-12-25T10:00", NEW_YORK)))
                    .isEqualTo("We're closed today for Christmas Day; we open again on Monday, January 4 at 9 AM.");
        }

        @Test
        void holidayWithoutLabel() {
            HoursSchedule hours = weekdaysNineToFive(NEW_YORK).toBuilder().holiday(LocalDate.of(2026, 3, 4)).build();
            assertThat(hours.describeStatus(at("2026-03-04T10:00", NEW_YORK)))
                    .isEqualTo("We're closed today for a holiday; we open again tomorrow at 9 AM.");
        }

        @Test
        void alwaysOpenAndNeverOpen() {
            assertThat(HoursSchedule.alwaysOpen(NEW_YORK).describeStatus(at("2026-03-04T10:00", NEW_YORK)))
                    .isEqualTo("We're open now, around the clock.");
            assertThat(HoursSchedule.alwaysClosed(NEW_YORK).describeStatus(at("2026-03-04T10:00", NEW_YORK)))
                    .isEqualTo("We're closed now, and we have no upcoming opening hours.");
        }
    }
}
