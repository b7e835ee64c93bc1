package ai.tavari.adapters.web.call;

import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.Page;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A page of calls; {@code nextCursor} is left out on the last page. */
@JsonbPropertyOrder({"items", "nextCursor", "total"})
public record CallListView(List<CallSummaryView> items, String nextCursor, long total) {
    static CallListView of(Page<CallSummary> page) {
        return new CallListView(page.items().stream().map(CallSummaryView::of).toList(), page.nextCursor().orElse(null),
                page.total());
    }
}
