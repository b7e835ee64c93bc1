package ai.tavari.adapters.web.setup;

import ai.tavari.domain.hours.Holiday;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"date", "label"})
public record HolidayView(String date, String label) {
    static HolidayView of(Holiday holiday) {
        return new HolidayView(holiday.date().toString(), holiday.label().orElse(null));
    }
}
