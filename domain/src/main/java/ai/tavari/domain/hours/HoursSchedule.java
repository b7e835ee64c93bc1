package ai.tavari.domain.hours;

import ai.tavari.domain.shared.DomainValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a business is open: weekly opening intervals in the business's time zone plus holiday
 * closures. Immutable; validated on construction.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>An interval belongs to the day it <em>starts</em> on. {@code closes <= opens} runs
 *       overnight into the next day (Sunday 22:00–02:00 closes Monday 02:00); {@code 00:00–00:00}
 *       is the whole day. A day without intervals is closed.</li>
 *   <li>At most {@value #MAX_INTERVALS_PER_DAY} intervals per day, and no two intervals may
 *       overlap anywhere in the week, overnight spans and the Sunday-to-Monday wrap included.
 *       Touching intervals (one closes when the next opens) are allowed and count as one
 *       continuous opening.</li>
 *   <li>A holiday closes every interval that <em>starts</em> on its local date. An overnight span
 *       that started the evening before still runs into the holiday until it closes; a span that
 *       starts on the holiday is cancelled entirely, including its part after midnight.</li>
 *   <li>Daylight-saving time: local times are turned into instants with the standard
 *       {@link ZonedDateTime#of} rules. A time in a spring-forward gap is shifted forward by the
 *       length of the gap (02:30 becomes 03:30); a time in a fall-back overlap uses the earlier
 *       offset (the first 01:30). An interval that becomes empty that way (e.g. 02:00–03:00 on the
 *       spring-forward night) does not open that day. Open-all-day lasts 23 or 25 hours on
 *       change days.</li>
 * </ul>
 *
 * <p>All questions take the current {@link Instant}; nothing here reads a clock.
 */
public final class HoursSchedule {
    public static final int MAX_INTERVALS_PER_DAY = 4;
    public static final int MAX_HOLIDAYS = 100;

    /**
     * Beyond the last holiday the week repeats, so a week decides "never opens" and "never
     * closes"; two weeks, because a daylight-saving change can swallow one week's only interval.
     */
    private static final int LOOKAHEAD_DAYS = 15;
    private static final int MINUTES_PER_WEEK = 7 * OpeningInterval.MINUTES_PER_DAY;
    private static final String FIELD = "hours";

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningInterval>> weekly;
    private final List<Holiday> holidays;
    private final Map<LocalDate, Holiday> holidaysByDate;

    private HoursSchedule(ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> weekly, List<Holiday> holidays) {
        this.zone = zone;
        this.weekly = weekly;
        this.holidays = holidays;
        Map<LocalDate, Holiday> byDate = new HashMap<>();
        holidays.forEach(holiday -> byDate.put(holiday.date(), holiday));
        this.holidaysByDate = Collections.unmodifiableMap(byDate);
    }

    /**
     * Validates and builds a schedule, e.g. when restoring a stored one. Days missing from
     * {@code weekly} are closed. Errors name fields such as {@code hours.tuesday[1]} (index in the
     * given list) and {@code hours.holidays[3].date}.
     */
    public static HoursSchedule of(ZoneId zone, Map<DayOfWeek, ? extends List<OpeningInterval>> weekly,
            Collection<Holiday> holidays) {
        if (zone == null) {
            throw new DomainValidationException(FIELD + ".timeZone", "is required");
        }
        return new HoursSchedule(zone, validatedWeekly(weekly), validatedHolidays(holidays));
    }

    public static HoursSchedule alwaysClosed(ZoneId zone) {
        return of(zone, Map.of(), List.of());
    }

    public static HoursSchedule alwaysOpen(ZoneId zone) {
        Builder builder = builder(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.open(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        return builder.build();
    }

    /** Monday to Friday, 9 AM to 5 PM: the usual starting point offered to a new business. */
    public static HoursSchedule weekdaysNineToFive(ZoneId zone) {
        return builder(zone).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(zone);
        weekly.forEach((day, intervals) -> builder.weekly.get(day).addAll(intervals));
        builder.holidays.addAll(holidays);
        return builder;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Every day of the week, each with its intervals sorted by opening time (empty = closed). */
    public Map<DayOfWeek, List<OpeningInterval>> weekly() {
        return weekly;
    }

    public List<OpeningInterval> intervalsOn(DayOfWeek day) {
        return weekly.get(day);
    }

    /** Holidays sorted by date. */
    public List<Holiday> holidays() {
        return holidays;
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(holidaysByDate.get(date));
    }

    /** Holidays on or after today's local date. */
    public List<Holiday> upcomingHolidays(Instant now) {
        LocalDate today = localDate(now);
        return holidays.stream().filter(holiday -> !holiday.date().isBefore(today)).toList();
    }

    /** True when at least one weekly interval exists (holidays aside). */
    public boolean hasOpeningHours() {
        return weekly.values().stream().anyMatch(intervals -> !intervals.isEmpty());
    }

    public HoursSchedule withZone(ZoneId newZone) {
        return of(newZone, weekly, holidays);
    }

    public HoursSchedule withIntervals(DayOfWeek day, List<OpeningInterval> intervals) {
        Map<DayOfWeek, List<OpeningInterval>> changed = new EnumMap<>(weekly);
        changed.put(day, intervals);
        return of(zone, changed, holidays);
    }

    public HoursSchedule withHolidays(Collection<Holiday> newHolidays) {
        return of(zone, weekly, newHolidays);
    }

    /** Drops holidays before {@code date}, e.g. to make room under {@link #MAX_HOLIDAYS}. */
    public HoursSchedule withoutHolidaysBefore(LocalDate date) {
        return of(zone, weekly, holidays.stream().filter(holiday -> !holiday.date().isBefore(date)).toList());
    }

    /** The concrete openings of intervals that start on {@code date} (none on a holiday). */
    public List<OpenPeriod> periodsStartingOn(LocalDate date) {
        if (holidaysByDate.containsKey(date)) {
            return List.of();
        }
        List<OpenPeriod> periods = new ArrayList<>();
        for (OpeningInterval interval : weekly.get(date.getDayOfWeek())) {
            ZonedDateTime opens = ZonedDateTime.of(date, interval.opens(), zone);
            LocalDate closingDate = interval.isOvernight() ? date.plusDays(1) : date;
            ZonedDateTime closes = ZonedDateTime.of(closingDate, interval.closes(), zone);
            if (closes.isAfter(opens)) {
                periods.add(new OpenPeriod(opens, closes));
            }
        }
        return periods;
    }

    public boolean isOpen(Instant now) {
        return currentPeriod(now).isPresent();
    }

    /**
     * The opening interval occurrence containing {@code now}, unmerged (see {@link #closesAt} for
     * the end of a run of touching intervals); empty when closed.
     */
    public Optional<OpenPeriod> currentPeriod(Instant now) {
        LocalDate today = localDate(now);
        OpenPeriod found = null;
        // An overnight span started yesterday may still run; two days back covers a closing time
        // pushed past midnight by a daylight-saving gap.
        for (LocalDate date = today.minusDays(2); !date.isAfter(today); date = date.plusDays(1)) {
            for (OpenPeriod period : periodsStartingOn(date)) {
                if (period.contains(now) && (found == null || period.closes().isAfter(found.closes()))) {
                    found = period;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * When the current continuous opening ends; empty when closed now or when no closing lies
     * ahead. Use {@link #status} to tell these two apart.
     */
    public Optional<ZonedDateTime> closesAt(Instant now) {
        return currentPeriod(now).flatMap(this::endOfContinuousOpening);
    }

    /**
     * The next time the business opens: if closed now, the next opening; if open now, the next
     * opening after the current continuous opening closes. Empty when it never opens (again).
     */
    public Optional<ZonedDateTime> nextOpening(Instant now) {
        Optional<OpenPeriod> current = currentPeriod(now);
        if (current.isEmpty()) {
            return firstOpeningAtOrAfter(now);
        }
        return endOfContinuousOpening(current.get()).flatMap(closing -> firstOpeningAtOrAfter(closing.toInstant()));
    }

    public HoursStatus status(Instant now) {
        Optional<OpenPeriod> current = currentPeriod(now);
        if (current.isPresent()) {
            return new HoursStatus.Open(endOfContinuousOpening(current.get()));
        }
        return new HoursStatus.Closed(firstOpeningAtOrAfter(now), holidayOn(localDate(now)));
    }

    /**
     * A short sentence for the caller about right now, e.g. "We're open now until 5 PM.",
     * "We're closed now; we open again tomorrow at 9 AM." or
     * "We're closed today for Christmas Day; we open again on Monday at 9 AM."
     */
    public String describeStatus(Instant now) {
        LocalDate today = localDate(now);
        HoursStatus status = status(now);
        if (status instanceof HoursStatus.Open open) {
            return open.closesAt()
                    .map(closing -> "We're open now until " + closingPhrase(closing, today) + ".")
                    .orElse("We're open now, around the clock.");
        }
        HoursStatus.Closed closed = (HoursStatus.Closed) status;
        String closedNow = closed.holidayToday()
                .map(holiday -> "We're closed today for " + holiday.label().orElse("a holiday"))
                .orElse("We're closed now");
        return closed.opensAt()
                .map(opening -> closedNow + "; we open again " + openingPhrase(opening, today) + ".")
                .orElse(closedNow + ", and we have no upcoming opening hours.");
    }

    /**
     * The weekly hours as a phone agent would say them, e.g.
     * "Monday to Friday 9 AM to 5 PM, Saturday 10 AM to 2 PM, closed Sunday". Consecutive days with
     * identical hours are grouped. Holidays are not mentioned.
     */
    public String describe() {
        List<List<DayOfWeek>> groups = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DayOfWeek> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && weekly.get(last.get(0)).equals(weekly.get(day))) {
                last.add(day);
            } else {
                groups.add(new ArrayList<>(List.of(day)));
            }
        }
        if (groups.size() == 1) {
            List<OpeningInterval> everyDay = weekly.get(DayOfWeek.MONDAY);
            if (everyDay.isEmpty()) {
                return "Closed every day";
            }
            if (everyDay.size() == 1 && everyDay.get(0).isAllDay()) {
                return "Open 24 hours, every day";
            }
            return "Every day " + describeIntervals(everyDay);
        }
        List<String> parts = new ArrayList<>();
        for (List<DayOfWeek> group : groups) {
            List<OpeningInterval> intervals = weekly.get(group.get(0));
            parts.add(intervals.isEmpty()
                    ? "closed " + describeDays(group)
                    : describeDays(group) + " " + describeIntervals(intervals));
        }
        return SpokenTime.capitalizeFirst(String.join(", ", parts));
    }

    private static String describeDays(List<DayOfWeek> days) {
        String first = SpokenTime.day(days.get(0));
        String last = SpokenTime.day(days.get(days.size() - 1));
        return switch (days.size()) {
            case 1 -> first;
            case 2 -> first + " and " + last;
            default -> first + " to " + last;
        };
    }

    private static String describeIntervals(List<OpeningInterval> intervals) {
        if (intervals.size() == 1 && intervals.get(0).isAllDay()) {
            return "open 24 hours";
        }
        List<String> spans = intervals.stream()
                .map(interval -> SpokenTime.time(interval.opens()) + " to " + SpokenTime.time(interval.closes()))
                .toList();
        if (spans.size() == 1) {
            return spans.get(0);
        }
        return String.join(", ", spans.subList(0, spans.size() - 1)) + " and " + spans.get(spans.size() - 1);
    }

    private static String closingPhrase(ZonedDateTime closing, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, closing.toLocalDate());
        LocalTime time = closing.toLocalTime();
        if (days == 1 && time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        String clock = SpokenTime.clockTime(time);
        if (days == 0) {
            return clock;
        }
        if (days == 1) {
            return clock + " tomorrow";
        }
        return dayReference(closing, days) + " at " + clock;
    }

    private static String openingPhrase(ZonedDateTime opening, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, opening.toLocalDate());
        LocalTime time = opening.toLocalTime();
        if (days == 1 && time.equals(LocalTime.MIDNIGHT)) {
            return "tonight at midnight";
        }
        String clock = SpokenTime.clockTime(time);
        if (days == 0) {
            return "today at " + clock;
        }
        if (days == 1) {
            return "tomorrow at " + clock;
        }
        return "on " + dayReference(opening, days) + " at " + clock;
    }

    /** "Monday" within the coming week, otherwise "Monday, January 5". */
    private static String dayReference(ZonedDateTime at, long daysAhead) {
        String day = SpokenTime.day(at.getDayOfWeek());
        return daysAhead < 7 ? day : day + ", " + SpokenTime.month(at.getMonth()) + " " + at.getDayOfMonth();
    }

    /** Follows touching intervals; empty when the opening runs past the look-ahead (never closes). */
    private Optional<ZonedDateTime> endOfContinuousOpening(OpenPeriod current) {
        ZonedDateTime end = current.closes();
        LocalDate first = current.opens().toLocalDate();
        LocalDate horizon = lookaheadHorizon(first);
        for (LocalDate date = first; !date.isAfter(horizon); date = date.plusDays(1)) {
            for (OpenPeriod period : periodsStartingOn(date)) {
                if (period.opens().isAfter(end)) {
                    return Optional.of(end);
                }
                if (period.closes().isAfter(end)) {
                    end = period.closes();
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ZonedDateTime> firstOpeningAtOrAfter(Instant from) {
        if (!hasOpeningHours()) {
            return Optional.empty();
        }
        LocalDate start = localDate(from).minusDays(1);
        LocalDate horizon = lookaheadHorizon(start);
        for (LocalDate date = start; !date.isAfter(horizon); date = date.plusDays(1)) {
            for (OpenPeriod period : periodsStartingOn(date)) {
                if (!period.opens().toInstant().isBefore(from)) {
                    return Optional.of(period.opens());
                }
            }
        }
        return Optional.empty();
    }

    private LocalDate lookaheadHorizon(LocalDate from) {
        LocalDate lastHoliday = holidays.isEmpty() ? from : holidays.get(holidays.size() - 1).date();
        LocalDate base = lastHoliday.isAfter(from) ? lastHoliday : from;
        return base.plusDays(LOOKAHEAD_DAYS);
    }

    private LocalDate localDate(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return instant.atZone(zone).toLocalDate();
    }

    private static String dayField(DayOfWeek day) {
        return FIELD + "." + day.name().toLowerCase(Locale.ROOT);
    }

    private static Map<DayOfWeek, List<OpeningInterval>> validatedWeekly(
            Map<DayOfWeek, ? extends List<OpeningInterval>> weekly) {
        Map<DayOfWeek, List<OpeningInterval>> result = new EnumMap<>(DayOfWeek.class);
        List<PlacedInterval> accepted = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningInterval> given = weekly == null || weekly.get(day) == null ? List.of() : weekly.get(day);
            if (given.size() > MAX_INTERVALS_PER_DAY) {
                throw new DomainValidationException(dayField(day),
                        "must have at most " + MAX_INTERVALS_PER_DAY + " opening intervals");
            }
            for (int index = 0; index < given.size(); index++) {
                String field = dayField(day) + "[" + index + "]";
                OpeningInterval interval = given.get(index);
                if (interval == null) {
                    throw new DomainValidationException(field, "is required");
                }
                PlacedInterval placed = new PlacedInterval(day, interval);
                for (PlacedInterval other : accepted) {
                    if (placed.overlaps(other)) {
                        throw new DomainValidationException(field, "overlaps " + other.describe());
                    }
                }
                accepted.add(placed);
            }
            List<OpeningInterval> sorted = new ArrayList<>(given);
            Collections.sort(sorted);
            result.put(day, List.copyOf(sorted));
        }
        return Collections.unmodifiableMap(result);
    }

    private static List<Holiday> validatedHolidays(Collection<Holiday> holidays) {
        if (holidays == null) {
            return List.of();
        }
        if (holidays.size() > MAX_HOLIDAYS) {
            throw new DomainValidationException(FIELD + ".holidays", "must have at most " + MAX_HOLIDAYS + " entries");
        }
        Map<LocalDate, Holiday> byDate = new LinkedHashMap<>();
        int index = 0;
        for (Holiday holiday : holidays) {
            String field = FIELD + ".holidays[" + index + "]";
            if (holiday == null) {
                throw new DomainValidationException(field, "is required");
            }
            if (byDate.putIfAbsent(holiday.date(), holiday) != null) {
                throw new DomainValidationException(field + ".date", "is listed more than once");
            }
            index++;
        }
        List<Holiday> sorted = new ArrayList<>(byDate.values());
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /** An interval placed on the circular minute-of-week axis, Monday 00:00 = 0. */
    private record PlacedInterval(DayOfWeek day, OpeningInterval interval) {
        int start() {
            return (day.getValue() - 1) * OpeningInterval.MINUTES_PER_DAY + interval.opensMinuteOfDay();
        }

        boolean overlaps(PlacedInterval other) {
            int forward = Math.floorMod(other.start() - start(), MINUTES_PER_WEEK);
            int backward = Math.floorMod(start() - other.start(), MINUTES_PER_WEEK);
            return forward < interval.lengthInMinutes() || backward < other.interval.lengthInMinutes();
        }

        String describe() {
            return SpokenTime.day(day) + " " + SpokenTime.time(interval.opens()) + " to "
                    + SpokenTime.time(interval.closes());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HoursSchedule that
                && zone.equals(that.zone) && weekly.equals(that.weekly) && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, weekly, holidays);
    }

    @Override
    public String toString() {
        return "HoursSchedule[zone=" + zone + ", weekly=" + weekly + ", holidays=" + holidays + "]";
    }

    /**
     * Assembles a schedule step by step. Interval errors carry their full field path, e.g.
     * {@code hours.monday[1].closes}, where the index counts the intervals added for that day.
     */
    public static final class Builder {
        private ZoneId zone;
        private final Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        private final List<Holiday> holidays = new ArrayList<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day, new ArrayList<>());
            }
        }

        public Builder zone(ZoneId newZone) {
            this.zone = newZone;
            return this;
        }

        public Builder open(DayOfWeek day, LocalTime opens, LocalTime closes) {
            Objects.requireNonNull(day, "day");
            List<OpeningInterval> intervals = weekly.get(day);
            try {
                intervals.add(new OpeningInterval(opens, closes));
            } catch (DomainValidationException e) {
                throw e.withFieldPrefix(dayField(day) + "[" + intervals.size() + "]");
            }
            return this;
        }

        /** Times as "HH:mm" text, as a form or a stored row delivers them. */
        public Builder open(DayOfWeek day, String opens, String closes) {
            Objects.requireNonNull(day, "day");
            List<OpeningInterval> intervals = weekly.get(day);
            try {
                intervals.add(OpeningInterval.of(opens, closes));
            } catch (DomainValidationException e) {
                throw e.withFieldPrefix(dayField(day) + "[" + intervals.size() + "]");
            }
            return this;
        }

        public Builder open(Collection<DayOfWeek> days, LocalTime opens, LocalTime closes) {
            days.stream().sorted().forEach(day -> open(day, opens, closes));
            return this;
        }

        /** Monday to Friday. */
        public Builder weekdays(LocalTime opens, LocalTime closes) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                open(day, opens, closes);
            }
            return this;
        }

        /** Removes every interval of {@code day}. */
        public Builder closed(DayOfWeek day) {
            weekly.get(day).clear();
            return this;
        }

        public Builder holiday(LocalDate date) {
            return holiday(date, null);
        }

        public Builder holiday(LocalDate date, String label) {
            try {
                holidays.add(Holiday.on(date, label));
            } catch (DomainValidationException e) {
                throw e.withFieldPrefix(FIELD + ".holidays[" + holidays.size() + "]");
            }
            return this;
        }

        public HoursSchedule build() {
            return HoursSchedule.of(zone, weekly, holidays);
        }
    }
}
