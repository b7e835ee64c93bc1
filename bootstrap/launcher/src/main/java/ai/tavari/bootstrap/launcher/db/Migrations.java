package ai.tavari.bootstrap.launcher.db;

import ai.tavari.bootstrap.launcher.Console;
import ai.tavari.bootstrap.launcher.LauncherException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Connection check and Flyway migrations (from {@code db/migration} of the persistence adapter). */
public final class Migrations {
    public static final String LOCATION = "classpath:db/migration";
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    private Migrations() {
    }

    /** What a migration run did. */
    public record Outcome(int applied, String schemaVersion) {
        public String describe() {
            String version = schemaVersion == null ? "empty" : "version " + schemaVersion;
            return applied == 0
                    ? "database schema is up to date (" + version + ")"
                    : "applied " + applied + " database migration" + (applied == 1 ? "" : "s") + " (schema now at "
                    + version + ")";
        }
    }

    /** Fails with one clear line if the database cannot be reached or refuses the login. */
    public static void checkReachable(DbConnection db) {
        Properties login = new Properties();
        login.setProperty("user", db.user());
        db.password().ifPresent(p -> login.setProperty("password", p));
        login.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
        login.setProperty("connectTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(db.url(), login)) {
            connection.getMetaData(); // reachable, and the login was accepted
        } catch (SQLException e) {
            throw new LauncherException("cannot connect to the database at " + db.displayUrl() + " as "
                    + db.user() + ": " + Console.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Loads and initialises Flyway's classes (about half a second) without touching a database, so
     * that it can run on the second core while PostgreSQL starts.
     */
    public static void warmUp() {
        try {
            Flyway.configure().locations(LOCATION).connectRetries(0);
        } catch (RuntimeException | LinkageError e) {
            // only an optimisation; migrate() reports real problems
        }
    }

    public static Outcome migrate(DbConnection db) {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(db.url(), db.user(), db.password().orElse(null))
                    .locations(LOCATION)
                    .connectRetries(0)
                    .load()
                    .migrate();
            return new Outcome(result.migrationsExecuted, result.targetSchemaVersion != null
                    ? result.targetSchemaVersion : result.initialSchemaVersion);
        } catch (FlywayException e) {
            throw new LauncherException("database migration failed: " + summarize(e.getMessage()), e);
        }
    }

    /**
     * Flyway's messages span many lines; keep the first and the one that says what went wrong: the
     * database's own message for a failed statement, else the next line of substance (such as
     * "Migration checksum mismatch for migration version 1").
     */
    static String summarize(String message) {
        if (message == null) {
            return "unknown error";
        }
        String first = Console.firstLine(message);
        String detail = null;
        String[] lines = message.strip().split("\\R");
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Message") && trimmed.contains(":")) {
                detail = trimmed.substring(trimmed.indexOf(':') + 1).strip();
                break;
            }
        }
        if (detail == null) {
            for (int i = 1; i < lines.length && detail == null; i++) {
                String trimmed = lines[i].strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("-") && !trimmed.contains("http")
                        && !trimmed.startsWith("SQL State") && !trimmed.startsWith("Error Code")) {
                    detail = trimmed;
                }
            }
        }
        return detail == null || detail.isEmpty() || first.contains(detail) ? first : first + " (" + detail + ")";
    }
}
