package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures that must end quickly with one clear line on stderr and a non-zero exit code. */
class StartupErrorsIT {
    private static final Duration FEW_SECONDS = Duration.ofSeconds(20);
    private final Path home = LauncherProcess.newHome("errors");

    @AfterEach
    void cleanUp() {
        TavariServer.deleteRecursively(home);
    }

    @Test
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            long started = System.nanoTime();

            LauncherProcess launcher = LauncherProcess.builder("port-in-use").home(home).port(port).splitStreams().start();

            assertThat(launcher.awaitExit(FEW_SECONDS)).isNotZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(lines(launcher.errors()))
                    .containsExactly("tavari: port " + port + " is already in use; set TAVARI_PORT to another port");
            assertThat(launcher.output()).isEmpty();
            assertThat(home.resolve("postgres/data")).doesNotExist();
        }
    }

    @Test
    void unreachableExternalDatabase() {
        for (String command : List.of("run", "migrate")) {
            LauncherProcess launcher = LauncherProcess.builder("db-unreachable-" + command).home(home)
                    .port(LauncherProcess.freePort())
                    .env("TAVARI_DB_URL", "jdbc:postgresql://127.0.0.1:1/tavari")
                    .arguments(command).splitStreams().start();

            assertThat(launcher.awaitExit(FEW_SECONDS)).as(command).isNotZero();
            List<String> errors = lines(launcher.errors());
            assertThat(errors).as(command).hasSize(1);
            assertThat(errors.get(0)).as(command)
                    .startsWith("tavari: cannot connect to the database at jdbc:postgresql://127.0.0.1:1/tavari as tavari: ")
                    .contains("refused");
        }
    }

    @Test
    void homeInUseByAnotherLauncher() throws Exception {
        try (FileChannel channel = FileChannel.open(home.resolve("tavari.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            LauncherProcess launcher = LauncherProcess.builder("home-locked").home(home)
                    .port(LauncherProcess.freePort()).splitStreams().start();

            assertThat(launcher.awaitExit(FEW_SECONDS)).isNotZero();
            assertThat(lines(launcher.errors())).singleElement().asString()
                    .isEqualTo("tavari: another Tavari launcher is already using " + home
                            + "; stop it first or set TAVARI_HOME to another directory");
        }
    }

    @Test
    void invalidSettingAndUsage() {
        LauncherProcess badPort = LauncherProcess.builder("bad-port").home(home).env("TAVARI_PORT", "http")
                .splitStreams().start();
        assertThat(badPort.awaitExit(FEW_SECONDS)).isNotZero();
        assertThat(lines(badPort.errors()))
                .containsExactly("tavari: TAVARI_PORT must be a port number between 1 and 65535, not 'http'");

        LauncherProcess unknown = LauncherProcess.builder("unknown-command").arguments("deploy-everything")
                .splitStreams().start();
        assertThat(unknown.awaitExit(FEW_SECONDS)).isEqualTo(2);
        assertThat(lines(unknown.errors()))
                .containsExactly("tavari: unknown command 'deploy-everything'; see java -jar tavari.jar --help");

        LauncherProcess help = LauncherProcess.builder("help").arguments("--help").splitStreams().start();
        assertThat(help.awaitExit(FEW_SECONDS)).isZero();
        assertThat(help.output()).startsWith("Usage: java -jar tavari.jar [command]").contains("migrate");
        assertThat(help.errors()).isEmpty();
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
