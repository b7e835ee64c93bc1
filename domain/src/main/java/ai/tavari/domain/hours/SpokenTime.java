package ai.tavari.domain.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.Locale;

/** English words for times and days as a phone agent should say them. */
final class SpokenTime {
    private SpokenTime() {
    }

    /** "9 AM", "9:30 AM", "noon", "midnight", "12:30 AM". */
    static String time(LocalTime time) {
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        if (time.equals(LocalTime.NOON)) {
            return "noon";
        }
        return clockTime(time);
    }

    /** Like {@link #time} but never "midnight", for phrases where midnight would be ambiguous. */
    static String clockTime(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "noon";
        }
        int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? "AM" : "PM";
        String minutes = time.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", time.getMinute());
        return hour12 + minutes + " " + suffix;
    }

    static String day(DayOfWeek day) {
        return capitalized(day.name());
    }

    static String month(Month month) {
        return capitalized(month.name());
    }

    static String capitalizeFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalized(String upperCaseName) {
        return upperCaseName.charAt(0) + upperCaseName.substring(1).toLowerCase(Locale.ROOT);
    }
}
