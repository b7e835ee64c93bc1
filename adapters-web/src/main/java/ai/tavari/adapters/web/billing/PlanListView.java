package ai.tavari.adapters.web.billing;

import java.util.List;

/** {@code {"items": [...]}}: the plans on sale, cheapest first as configured. */
public record PlanListView(List<PlanOfferView> items) {
}
