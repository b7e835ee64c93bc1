package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared server started by {@link RunningTavari}: the default path (embedded PostgreSQL). */
@ExtendWith(RunningTavari.class)
class RunningTavariIT {

    @Test
    void isReadyAndPrintedItsUrlOnce(TavariServer tavari) throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(tavari.baseUri().resolve("health/ready")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Files.readString(tavari.logFile()))
                .containsOnlyOnce("Tavari is running at http://localhost:" + tavari.port() + "/");
        assertThat(RunningTavari.server()).isSameAs(tavari);
    }

    @Test
    void embeddedDatabaseIsDurableLocalMigratedAndNeedsThePassword(TavariServer tavari) throws Exception {
        try (Connection db = EmbeddedDb.connect(tavari.home())) {
            assertThat(EmbeddedDb.queryString(db, "SHOW fsync")).isEqualTo("on");
            assertThat(EmbeddedDb.queryString(db, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(EmbeddedDb.queryString(db, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(EmbeddedDb.queryString(db, "SELECT current_user")).isEqualTo("tavari");
            assertThat(EmbeddedDb.queryString(db,
                    "SELECT count(*) FROM flyway_schema_history WHERE success")).isNotEqualTo("0");
        }
        String url = EmbeddedDb.url(tavari.home());
        assertThatThrownBy(() -> DriverManager.getConnection(url, "tavari", "not-the-password").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }
}
