package ai.tavari.adapters.web.setup;

import ai.tavari.domain.hours.OpeningInterval;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"opens", "closes"})
public record OpeningView(String opens, String closes) {
    static OpeningView of(OpeningInterval interval) {
        return new OpeningView(interval.opens().toString(), interval.closes().toString());
    }
}
