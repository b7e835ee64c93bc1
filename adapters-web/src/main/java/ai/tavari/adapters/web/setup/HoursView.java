package ai.tavari.adapters.web.setup;

import ai.tavari.domain.agent.AgentProfile;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The hours as step 3 takes them, in the business's time zone. */
@JsonbPropertyOrder({"timeZone", "weekly", "holidays", "afterHours"})
public record HoursView(String timeZone, WeeklyHoursView weekly, List<HolidayView> holidays, String afterHours) {
    static HoursView of(AgentProfile profile) {
        return new HoursView(profile.hours().zone().getId(), WeeklyHoursView.of(profile.hours()),
                profile.hours().holidays().stream().map(HolidayView::of).toList(), profile.afterHoursAction().name());
    }
}
