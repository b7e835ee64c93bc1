package ai.tavari.adapters.persistence.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

@Embeddable
public class HoursRow {
    @Column(name = "day_of_week", nullable = false)
    short dayOfWeek;
    @Column(nullable = false)
    LocalTime opens;
    @Column(nullable = false)
    LocalTime closes;
}
