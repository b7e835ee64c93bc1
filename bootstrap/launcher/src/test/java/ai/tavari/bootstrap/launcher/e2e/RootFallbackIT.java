package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * As root, the embedded PostgreSQL can also run as an unprivileged user through a helper JVM
 * (the path taken where user namespaces are not available). Forced here with
 * {@code TAVARI_DB_OS_USER=nobody}; then the default path takes the files back.
 */
class RootFallbackIT {
    private final Path home = LauncherProcess.newHome("fallback");

    @AfterEach
    void cleanUp() {
        EmbeddedDb.processesMentioning(home).forEach(ProcessHandle::destroyForcibly);
        TavariServer.deleteRecursively(home);
    }

    @Test
    void embeddedDatabaseRunsAsAnUnprivilegedUserAndBack() throws Exception {
        assumeTrue(uid(Path.of("/proc/self")) == 0, "only meaningful when the tests run as root");

        LauncherProcess asNobody = LauncherProcess.builder("fallback-nobody").home(home)
                .env("TAVARI_DB_OS_USER", "nobody").arguments("migrate").splitStreams().start();
        assertThat(asNobody.awaitExit(Duration.ofSeconds(120))).as(asNobody.tail(30)).isZero();
        assertThat(asNobody.output()).contains("tavari: applied ");
        assertThat(uid(home.resolve("postgres/data"))).isNotZero();
        assertThat(EmbeddedDb.processesMentioning(home)).isEmpty();

        LauncherProcess asRoot = LauncherProcess.builder("fallback-back").home(home)
                .arguments("migrate").splitStreams().start();
        assertThat(asRoot.awaitExit(Duration.ofSeconds(120))).as(asRoot.tail(30)).isZero();
        assertThat(asRoot.output()).contains("tavari: database schema is up to date");
        assertThat(uid(home.resolve("postgres/data"))).isZero();
        assertThat(EmbeddedDb.processesMentioning(home)).isEmpty();
    }

    private static int uid(Path path) throws Exception {
        return (Integer) Files.getAttribute(path, "unix:uid");
    }
}
