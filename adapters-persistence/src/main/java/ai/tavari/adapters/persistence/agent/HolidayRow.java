package ai.tavari.adapters.persistence.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public class HolidayRow {
    @Column(name = "closed_on", nullable = false)
    LocalDate closedOn;
    String label;
}
