package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate} against an external PostgreSQL: the test server ({@code TAVARI_TEST_DB_URL},
 * default {@code jdbc:postgresql://127.0.0.1:5432/test}, user postgres), in a database created
 * for this run and dropped afterwards.
 */
class ExternalDatabaseIT {
    private static final String USER = "postgres";
    private final String database = "tavari_launcher_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String serverUrl;

    @BeforeEach
    void createDatabase() {
        serverUrl = Optional.ofNullable(System.getProperty("tavari.test.db.url"))
                .or(() -> Optional.ofNullable(System.getenv("TAVARI_TEST_DB_URL")))
                .orElse("jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection admin = DriverManager.getConnection(serverUrl, USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            abort("no test PostgreSQL at " + serverUrl + ": " + e.getMessage());
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl, USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void migrateAppliesTheMigrationsOnceAndExits() throws Exception {
        String url = withDatabase(serverUrl, database);

        LauncherProcess first = migrate(url);
        assertThat(first.awaitExit(Duration.ofSeconds(60))).as(first.tail(20)).isZero();
        assertThat(first.output()).contains("tavari: applied ");
        assertThat(first.errors()).isEmpty();
        try (Connection db = DriverManager.getConnection(url, USER, "")) {
            assertThat(EmbeddedDb.queryString(db, "SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isNotEqualTo("0");
        }

        LauncherProcess second = migrate(url);
        assertThat(second.awaitExit(Duration.ofSeconds(60))).as(second.tail(20)).isZero();
        assertThat(second.output()).contains("tavari: database schema is up to date");
    }

    @Test
    void aFailedMigrationIsOneLineAndANonZeroExit() throws Exception {
        String url = withDatabase(serverUrl, database);
        assertThat(migrate(url).awaitExit(Duration.ofSeconds(60))).isZero();
        try (Connection db = DriverManager.getConnection(url, USER, ""); Statement statement = db.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'");
        }

        LauncherProcess broken = migrate(url);

        assertThat(broken.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(broken.errors().lines().toList()).singleElement().asString()
                .startsWith("tavari: database migration failed: Validate failed: ")
                .contains("checksum mismatch for migration version 1");
    }

    private LauncherProcess migrate(String url) {
        return LauncherProcess.builder("external-migrate").home(LauncherProcess.workDir().resolve("unused-home"))
                .env("TAVARI_DB_URL", url).env("TAVARI_DB_USER", USER).arguments("migrate").splitStreams().start();
    }

    /** The server URL with its database name replaced. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }
}
