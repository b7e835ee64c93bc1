package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void noArgumentsMeansRun() {
        Main.Invocation invocation = Main.parse(List.of());

        assertThat(invocation).isInstanceOfSatisfying(Main.Invocation.Execute.class,
                execute -> assertThat(execute.command().name()).isEqualTo("run"));
    }

    @Test
    void choosesTheNamedCommand() {
        assertThat(Main.parse(List.of("migrate"))).isInstanceOfSatisfying(Main.Invocation.Execute.class,
                execute -> assertThat(execute.command().name()).isEqualTo("migrate"));
        assertThat(Main.parse(List.of("run"))).isInstanceOfSatisfying(Main.Invocation.Execute.class,
                execute -> assertThat(execute.command().name()).isEqualTo("run"));
    }

    @Test
    void helpAndVersion() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help"), List.of("migrate", "--help"))) {
            assertThat(Main.parse(args)).as(args.toString()).isInstanceOf(Main.Invocation.Help.class);
        }
        assertThat(Main.parse(List.of("--version"))).isInstanceOf(Main.Invocation.Version.class);
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertThatThrownBy(() -> Main.parse(List.of("deploy")))
                .isInstanceOfSatisfying(LauncherException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage("unknown command 'deploy'; see java -jar tavari.jar --help");
        assertThatThrownBy(() -> Main.parse(List.of("--port=9090")))
                .hasMessage("unknown option '--port=9090'; see java -jar tavari.jar --help");
        assertThatThrownBy(() -> Main.parse(List.of("migrate", "now")))
                .hasMessage("unexpected argument 'now' after 'migrate'; see java -jar tavari.jar --help");
    }

    @Test
    void demoOptionGoesWithRunWhereverItStands() {
        for (List<String> args : List.of(List.of("--demo"), List.of("run", "--demo"), List.of("--demo", "run"))) {
            assertThat(Main.parse(args)).as(args.toString()).isInstanceOfSatisfying(Main.Invocation.Execute.class, execute -> {
                assertThat(execute.command().name()).isEqualTo("run");
                assertThat(execute.demo()).isTrue();
            });
        }
        assertThat(Main.parse(List.of("run"))).isInstanceOfSatisfying(Main.Invocation.Execute.class,
                execute -> assertThat(execute.demo()).isFalse());
        assertThat(Main.parse(List.of("--demo", "--help"))).isInstanceOf(Main.Invocation.Help.class);
        assertThatThrownBy(() -> Main.parse(List.of("migrate", "--demo")))
                .hasMessage("option '--demo' is only for 'run'; see java -jar tavari.jar --help");
    }

    @Test
    void usageListsEveryCommandAndSetting() {
        String usage = Commands.usage();

        Commands.ALL.forEach(command -> assertThat(usage).contains("  " + command.name() + " "));
        assertThat(usage).contains("TAVARI_HOME", "TAVARI_PORT", "TAVARI_DB_URL", "TAVARI_DB_USER", "TAVARI_DB_PASSWORD",
                "TAVARI_CLUSTER", "TAVARI_JAVA_OPTS", "TAVARI_DEBUG", "TAVARI_DEMO", "--demo");
    }

    @Test
    void helpExitsWithZero() {
        assertThat(Main.run(List.of("--help"))).isZero();
        assertThat(Main.run(List.of("bogus"))).isEqualTo(2);
    }
}
