package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.agent.AfterHoursAction;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.hours.Holiday;
import ai.tavari.domain.hours.HoursSchedule;
import ai.tavari.domain.hours.OpeningInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Step 3: weekly opening hours (see {@link HoursSchedule} for overnight spans, all-day and closed
 * days), holiday closures, and what the agent does after hours. A business has one time zone: a
 * given {@code timeZone} becomes the business's, and without one the hours are in the business's
 * current zone. Fields: {@code timeZone}, {@code weekly.monday[0].opens}, {@code weekly.monday[0].closes},
 * {@code holidays[0].date}, {@code holidays[0].label}, {@code afterHours}.
 */
public record HoursCommand(Optional<ZoneId> timeZone, HoursSchedule schedule, AfterHoursAction afterHours)
        implements AgentStepCommand {

    /** One opening as typed, times as "HH:mm". */
    public record Opening(String opens, String closes) {
    }

    /** One holiday closure as typed, the date as "yyyy-MM-dd". */
    public record ClosedDate(String date, String label) {
    }

    public HoursCommand {
        timeZone = Objects.requireNonNullElse(timeZone, Optional.empty());
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(afterHours, "afterHours");
    }

    /** {@code timeZone} may be {@code null}; days missing from {@code weekly} are closed. */
    public static HoursCommand of(String timeZone, Map<DayOfWeek, List<Opening>> weekly, List<ClosedDate> holidays,
                                  String afterHours) {
        Validation validation = new Validation();
        Optional<ZoneId> zone = timeZone == null ? Optional.empty() : TimeZones.parse(validation, "timeZone", timeZone);
        validation.require(weekly != null, "weekly", "is required");
        Map<DayOfWeek, List<OpeningInterval>> intervals = weekly == null ? Map.of() : intervals(validation, weekly);
        List<Holiday> closures = holidays == null ? List.of() : holidays(validation, holidays);
        AfterHoursAction action = afterHoursAction(validation, afterHours);
        validation.throwIfInvalid();
        HoursSchedule schedule = ProfileRules.attempt(validation, HoursCommand::fieldOf,
                () -> HoursSchedule.of(zone.orElse(ZoneOffset.UTC), intervals, closures));
        validation.throwIfInvalid();
        return new HoursCommand(zone, schedule, action);
    }

    /** The hours in the business's time zone {@code zone}. */
    public HoursSchedule scheduleIn(ZoneId zone) {
        return schedule.zone().equals(zone) ? schedule : schedule.withZone(zone);
    }

    @Override
    public SetupStep step() {
        return SetupStep.HOURS;
    }

    @Override
    public String fieldFor(String domainField) {
        return fieldOf(domainField);
    }

    /**
     * The schedule's {@code hours.monday[1]} is {@code weekly.monday[1]}, {@code hours.holidays[0].date}
     * is {@code holidays[0].date}, {@code hours.timeZone} is {@code timeZone}, {@code hours} (no
     * opening at all) is {@code weekly}; the profile's {@code afterHoursAction} is {@code afterHours}.
     */
    public static String fieldOf(String domainField) {
        if (domainField.equals("afterHoursAction")) {
            return "afterHours";
        }
        if (domainField.equals("hours")) {
            return "weekly";
        }
        if (!domainField.startsWith("hours.")) {
            return domainField;
        }
        String inside = domainField.substring("hours.".length());
        boolean aboutADay = Arrays.stream(DayOfWeek.values()).anyMatch(day -> inside.startsWith(dayName(day)));
        return aboutADay ? "weekly." + inside : inside;
    }

    @Override
    public ConfigureAgentCommand asAgentChange() {
        return new ConfigureAgentCommand(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(this), Optional.empty(), Optional.empty());
    }

    static String dayName(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private static Map<DayOfWeek, List<OpeningInterval>> intervals(Validation validation,
                                                                   Map<DayOfWeek, List<Opening>> weekly) {
        Map<DayOfWeek, List<OpeningInterval>> intervals = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Opening> openings = weekly.get(day) == null ? List.of() : weekly.get(day);
            String dayField = "weekly." + dayName(day);
            validation.require(openings.size() <= HoursSchedule.MAX_INTERVALS_PER_DAY, dayField,
                    "must have at most " + HoursSchedule.MAX_INTERVALS_PER_DAY + " opening intervals");
            List<OpeningInterval> parsed = new ArrayList<>();
            for (int index = 0; index < openings.size(); index++) {
                String field = dayField + "[" + index + "]";
                Opening opening = openings.get(index);
                validation.require(opening != null, field, "is required");
                if (opening != null) {
                    parsed.add(ProfileRules.attempt(validation, ProfileRules.inside(field),
                            () -> OpeningInterval.of(opening.opens(), opening.closes())));
                }
            }
            intervals.put(day, parsed);
        }
        return intervals;
    }

    private static List<Holiday> holidays(Validation validation, List<ClosedDate> holidays) {
        validation.require(holidays.size() <= HoursSchedule.MAX_HOLIDAYS, "holidays",
                "must have at most " + HoursSchedule.MAX_HOLIDAYS + " entries");
        List<Holiday> closures = new ArrayList<>();
        for (int index = 0; index < holidays.size(); index++) {
            String field = "holidays[" + index + "]";
            ClosedDate closed = holidays.get(index);
            validation.require(closed != null, field, "is required");
            if (closed == null) {
                continue;
            }
            LocalDate date = parseDate(validation, field + ".date", closed.date());
            if (date != null) {
                closures.add(ProfileRules.attempt(validation, ProfileRules.inside(field),
                        () -> Holiday.on(date, closed.label())));
            }
        }
        return closures;
    }

    private static LocalDate parseDate(Validation validation, String field, String text) {
        if (text == null || text.isBlank()) {
            validation.require(false, field, "is required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            validation.require(false, field, "must be a date such as 2026-12-25");
            return null;
        }
    }

    private static AfterHoursAction afterHoursAction(Validation validation, String text) {
        if (text == null || text.isBlank()) {
            validation.require(false, "afterHours", "is required");
            return null;
        }
        try {
            return AfterHoursAction.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            validation.require(false, "afterHours", "must be one of " + Arrays.stream(AfterHoursAction.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }
}
