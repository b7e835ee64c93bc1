package ai.tavari.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Waits until some session of the test database is blocked on a lock by a statement starting with a prefix. */
public final class LockWaits {
    private LockWaits() {
    }

    public static void awaitBlocked(PostgresTestDatabase db, String statementPrefix) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE ?")) {
            s.setString(1, statementPrefix + "%");
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no statement '" + statementPrefix + "...' waited for a lock within 10 s");
    }
}
