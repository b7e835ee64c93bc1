package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One home, three launcher runs: data survives a restart, SIGTERM leaves no process behind, and
 * the processes a killed launcher leaves behind are stopped by the next one.
 */
class LauncherLifecycleIT {
    private static final Duration START = Duration.ofSeconds(240);
    private final Path home = LauncherProcess.newHome("lifecycle");
    private final int port = LauncherProcess.freePort();

    @AfterEach
    void cleanUp() {
        EmbeddedDb.processesMentioning(home).forEach(ProcessHandle::destroyForcibly);
        TavariServer.deleteRecursively(home);
    }

    @Test
    @Timeout(600)
    void restartKeepsDataSigtermLeavesNothingAndLeftoversAreStopped() throws Exception {
        // 1. first start; write a row; SIGTERM
        try (LauncherProcess first = start("lifecycle-first")) {
            awaitRunning(first);
            try (Connection db = EmbeddedDb.connect(home); Statement statement = db.createStatement()) {
                statement.execute("CREATE TABLE it_marker (note text)");
                statement.execute("INSERT INTO it_marker VALUES ('kept across restarts')");
            }
            long postgres = EmbeddedDb.postmasterPid(home).orElseThrow();
            long payara = EmbeddedDb.payaraPid(home);

            int exit = first.terminate(Duration.ofSeconds(90));

            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(EmbeddedDb.awaitGone(postgres, Duration.ofSeconds(10))).as("PostgreSQL stopped").isTrue();
            assertThat(EmbeddedDb.awaitGone(payara, Duration.ofSeconds(10))).as("Payara stopped").isTrue();
            assertThat(EmbeddedDb.processesMentioning(home)).as("processes left").isEmpty();
            assertThat(home.resolve("postgres/data/postmaster.pid")).doesNotExist();
            assertThat(home.resolve("run/tavari.properties")).doesNotExist();
            assertThat(home.resolve("run/secrets.properties")).doesNotExist();
            assertThat(first.output()).containsOnlyOnce("Tavari is running at http://localhost:" + port + "/");
        }

        // 2. second start on the same home: the row is still there; then the launcher "crashes"
        long leftoverPostgres;
        long leftoverPayara;
        try (LauncherProcess second = start("lifecycle-second")) {
            awaitRunning(second);
            try (Connection db = EmbeddedDb.connect(home)) {
                assertThat(EmbeddedDb.queryString(db, "SELECT note FROM it_marker")).isEqualTo("kept across restarts");
            }
            assertThat(second.output()).doesNotContain("first start");
            leftoverPostgres = EmbeddedDb.postmasterPid(home).orElseThrow();
            leftoverPayara = EmbeddedDb.payaraPid(home);
            assertThat(ProcessHandle.of(leftoverPayara).flatMap(p -> p.info().commandLine()).orElse(""))
                    .as("the class-data-sharing archive written when the first run stopped is used")
                    .contains("-XX:SharedArchiveFile=" + home.resolve("runtime/payara.jsa"));

            second.killLauncherOnly();

            assertThat(EmbeddedDb.running(leftoverPostgres)).as("PostgreSQL survives a killed launcher").isTrue();
            assertThat(EmbeddedDb.running(leftoverPayara)).as("Payara survives a killed launcher").isTrue();
        }

        // 3. the next launcher stops the leftovers before it starts (here: migrate, which exits)
        LauncherProcess third = LauncherProcess.builder("lifecycle-third").home(home).arguments("migrate")
                .splitStreams().start();
        assertThat(third.awaitExit(Duration.ofSeconds(120))).as(third.tail(20)).isZero();
        assertThat(third.errors())
                .contains("stopping the application server (pid " + leftoverPayara + ") left running by an earlier launcher")
                .contains("stopping the PostgreSQL server (pid " + leftoverPostgres + ") left running by an earlier launcher");
        assertThat(third.output()).contains("database schema is up to date");
        assertThat(EmbeddedDb.running(leftoverPostgres)).isFalse();
        assertThat(EmbeddedDb.running(leftoverPayara)).isFalse();
        assertThat(EmbeddedDb.processesMentioning(home)).isEmpty();
    }

    private LauncherProcess start(String name) {
        return LauncherProcess.builder(name).home(home).port(port).start();
    }

    private void awaitRunning(LauncherProcess launcher) {
        assertThat(launcher.awaitOutput("Tavari is running at http://localhost:" + port + "/", START))
                .as("launcher ready\n%s", launcher.tail(40)).isTrue();
        assertThat(Files.exists(home.resolve("run/tavari.properties"))).isTrue();
    }
}
