package ai.tavari.adapters.web.setup;

import ai.tavari.domain.hours.HoursSchedule;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.DayOfWeek;
import java.util.List;

/** Every day of the week with its openings, sorted; an empty list is a closed day. */
@JsonbPropertyOrder({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
public record WeeklyHoursView(List<OpeningView> monday, List<OpeningView> tuesday, List<OpeningView> wednesday,
                              List<OpeningView> thursday, List<OpeningView> friday, List<OpeningView> saturday,
                              List<OpeningView> sunday) {
    static WeeklyHoursView of(HoursSchedule hours) {
        return new WeeklyHoursView(day(hours, DayOfWeek.MONDAY), day(hours, DayOfWeek.TUESDAY),
                day(hours, DayOfWeek.WEDNESDAY), day(hours, DayOfWeek.THURSDAY), day(hours, DayOfWeek.FRIDAY),
                day(hours, DayOfWeek.SATURDAY), day(hours, DayOfWeek.SUNDAY));
    }

    private static List<OpeningView> day(HoursSchedule hours, DayOfWeek day) {
        return hours.intervalsOn(day).stream().map(OpeningView::of).toList();
    }
}
