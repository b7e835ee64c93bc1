package ai.tavari.adapters.persistence.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class FaqRow {
    @Column(nullable = false)
    short position;
    @Column(nullable = false)
    String question;
    @Column(nullable = false)
    String answer;
}
