package ai.tavari.adapters.billing;

import java.util.List;

/** What one catalogue sync did: one line per change, and the lookup keys that were already right. */
public record CatalogSyncReport(List<String> changes, List<String> unchanged) {
    public CatalogSyncReport {
        changes = List.copyOf(changes);
        unchanged = List.copyOf(unchanged);
    }

    public boolean changedNothing() {
        return changes.isEmpty();
    }
}
