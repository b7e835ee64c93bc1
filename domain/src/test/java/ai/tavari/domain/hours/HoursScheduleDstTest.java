package ai.tavari.domain.hours;

import static ai.tavari.domain.fixtures.DomainFixtures.BERLIN;
import static ai.tavari.domain.fixtures.DomainFixtures.NEW_YORK;
import static ai.tavari.domain.fixtures.DomainFixtures.weekdaysNineToFive;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Daylight-saving behaviour. New York 2026: spring forward Sunday 8 March 02:00 EST to 03:00 EDT,
 * fall back Sunday 1 November 02:00 EDT to 01:00 EST. Berlin 2026: spring forward Sunday 29 March
 * 02:00 CET to 03:00 CEST, fall back Sunday 25 October 03:00 CEST to 02:00 CET.
 */
class HoursScheduleDstTest {

    private static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Nested
    class NewYorkSpringForward {
        @Test
        void openingHoursFollowTheNewOffset() {
            HoursSchedule hours = weekdaysNineToFive(NEW_YORK);
            ZonedDateTime monday = hours.nextOpening(instant("2026-03-06T18:00-05:00")).orElseThrow();

            assertThat(monday.toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-09T09:00-04:00"));
            assertThat(hours.isOpen(instant("2026-03-09T13:00:00Z"))).as("09:00 EDT").isTrue();
            assertThat(hours.isOpen(instant("2026-03-09T13:59:00Z").minus(Duration.ofHours(1)))).as("07:59 EDT").isFalse();
        }

        @Test
        void anOpeningTimeInTheGapIsShiftedForward() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.SUNDAY, "02:30", "05:00").build();

            assertThat(hours.periodsStartingOn(LocalDate.of(2026, 3, 8))).containsExactly(new OpenPeriod(
                    OffsetDateTime.parse("2026-03-08T03:30-04:00").atZoneSameInstant(NEW_YORK),
                    OffsetDateTime.parse("2026-03-08T05:00-04:00").atZoneSameInstant(NEW_YORK)));
            assertThat(hours.isOpen(instant("2026-03-08T03:15-04:00"))).isFalse();
            assertThat(hours.isOpen(instant("2026-03-08T03:30-04:00"))).isTrue();
        }

        @Test
        void anIntervalSwallowedByTheGapDoesNotOpenThatDay() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.SUNDAY, "02:00", "03:00").build();

            assertThat(hours.periodsStartingOn(LocalDate.of(2026, 3, 8))).isEmpty();
            assertThat(hours.nextOpening(instant("2026-03-07T12:00-05:00")).orElseThrow().toOffsetDateTime())
                    .isEqualTo(OffsetDateTime.parse("2026-03-15T02:00-04:00"));
        }

        @Test
        void anOvernightSpanAcrossTheChangeIsAnHourShorter() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.SATURDAY, "22:00", "06:00").build();
            OpenPeriod night = hours.periodsStartingOn(LocalDate.of(2026, 3, 7)).get(0);

            assertThat(Duration.between(night.opens(), night.closes())).isEqualTo(Duration.ofHours(7));
            assertThat(hours.closesAt(instant("2026-03-08T01:30-05:00")).orElseThrow().toOffsetDateTime())
                    .isEqualTo(OffsetDateTime.parse("2026-03-08T06:00-04:00"));
        }

        @Test
        void allDayLastsTwentyThreeHours() {
            OpenPeriod sunday = HoursSchedule.alwaysOpen(NEW_YORK).periodsStartingOn(LocalDate.of(2026, 3, 8)).get(0);
            assertThat(Duration.between(sunday.opens(), sunday.closes())).isEqualTo(Duration.ofHours(23));
        }
    }

    @Nested
    class NewYorkFallBack {
        @Test
        void anOpeningTimeInTheOverlapUsesTheEarlierOffset() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.SUNDAY, "01:30", "03:00").build();

            assertThat(hours.isOpen(instant("2026-11-01T01:29-04:00"))).isFalse();
            assertThat(hours.isOpen(instant("2026-11-01T01:30-04:00"))).as("first 01:30").isTrue();
            assertThat(hours.isOpen(instant("2026-11-01T01:30-05:00"))).as("second 01:30").isTrue();
            assertThat(hours.closesAt(instant("2026-11-01T01:30-04:00")).orElseThrow().toOffsetDateTime())
                    .isEqualTo(OffsetDateTime.parse("2026-11-01T03:00-05:00"));
        }

        @Test
        void aClosingTimeInTheOverlapIsTheFirstOccurrence() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.SATURDAY, "22:00", "01:30").build();

            assertThat(hours.isOpen(instant("2026-11-01T01:29-04:00"))).isTrue();
            assertThat(hours.isOpen(instant("2026-11-01T01:00-05:00"))).as("the repeated hour").isFalse();
        }

        @Test
        void anOvernightSpanAcrossTheChangeIsAnHourLonger() {
            HoursSchedule hours = HoursSchedule.builder(NEW_YORK).open(DayOfWeek.SATURDAY, "22:00", "06:00").build();
            OpenPeriod night = hours.periodsStartingOn(LocalDate.of(2026, 10, 31)).get(0);
            assertThat(Duration.between(night.opens(), night.closes())).isEqualTo(Duration.ofHours(9));
        }

        @Test
        void weekdayHoursAfterTheChangeUseStandardTime() {
            HoursSchedule hours = weekdaysNineToFive(NEW_YORK);
            assertThat(hours.nextOpening(instant("2026-10-30T18:00-04:00")).orElseThrow().toInstant())
                    .isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
        }
    }

    @Nested
    class Berlin {
        @Test
        void springForwardShiftsAGapTimeAndShortensTheNight() {
            HoursSchedule club = HoursSchedule.builder(BERLIN).open(DayOfWeek.SATURDAY, "20:00", "04:00").build();
            OpenPeriod saturday = club.periodsStartingOn(LocalDate.of(2026, 3, 28)).get(0);
            assertThat(Duration.between(saturday.opens(), saturday.closes())).isEqualTo(Duration.ofHours(7));
            assertThat(saturday.closes().toInstant()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));

            // A Sunday 02:30-03:30 span becomes 03:30-03:30 CEST: empty, so it does not open that day.
            HoursSchedule early = HoursSchedule.builder(BERLIN).open(DayOfWeek.SUNDAY, "02:30", "03:30").build();
            assertThat(early.periodsStartingOn(LocalDate.of(2026, 3, 29))).isEmpty();
            assertThat(early.isOpen(Instant.parse("2026-03-29T01:45:00Z"))).isFalse();
            assertThat(early.periodsStartingOn(LocalDate.of(2026, 4, 5))).hasSize(1);
        }

        @Test
        void fallBackOpensAtTheFirstOccurrence() {
            HoursSchedule hours = HoursSchedule.builder(BERLIN).open(DayOfWeek.SUNDAY, "02:30", "04:00").build();

            assertThat(hours.isOpen(Instant.parse("2026-10-25T00:29:00Z"))).isFalse();
            assertThat(hours.isOpen(Instant.parse("2026-10-25T00:30:00Z"))).as("02:30 CEST").isTrue();
            assertThat(hours.closesAt(Instant.parse("2026-10-25T00:30:00Z")).orElseThrow().toInstant())
                    .isEqualTo(Instant.parse("2026-10-25T03:00:00Z"));
        }

        @Test
        void theSameScheduleAnswersInEachZonesOwnLocalTime() {
            HoursSchedule berlin = weekdaysNineToFive(BERLIN);
            HoursSchedule newYork = weekdaysNineToFive(NEW_YORK);
            Instant wednesdayNoonUtc = Instant.parse("2026-03-04T12:00:00Z");

            assertThat(berlin.isOpen(wednesdayNoonUtc)).as("13:00 in Berlin").isTrue();
            assertThat(newYork.isOpen(wednesdayNoonUtc)).as("07:00 in New York").isFalse();
            assertThat(berlin.withHolidays(List.of(Holiday.on(LocalDate.of(2026, 3, 4)))).isOpen(wednesdayNoonUtc)).isFalse();
        }
    }
}
