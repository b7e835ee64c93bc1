package ai.tavari.bootstrap.launcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.RuntimeFiles;
import ai.tavari.bootstrap.launcher.Settings;
import ai.tavari.bootstrap.launcher.TavariHome;
import ai.tavari.bootstrap.launcher.db.DbConnection;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraServerTest {
    @TempDir
    Path temp;

    private Settings settings(Map<String, String> env) {
        Properties system = new Properties();
        system.setProperty("user.home", temp.toString());
        return Settings.from(env, system);
    }

    private List<String> command(Settings settings) {
        TavariHome home = new TavariHome(temp.resolve("home"));
        RuntimeFiles.Artifacts runtime = new RuntimeFiles.Artifacts(home.runtimeDir().resolve("payara-micro.jar"),
                home.runtimeDir().resolve("tavari.war"), false);
        DbConnection db = new DbConnection("jdbc:postgresql://127.0.0.1:5555/tavari", "tavari", Optional.of("pw"));
        return PayaraServer.command(Path.of("/opt/jdk/bin/java"), settings, home, runtime, db,
                home.runDir().resolve("secrets.properties"), List.of("-XX:SharedArchiveFile=x.jsa"));
    }

    @Test
    void commandLine() {
        List<String> command = command(settings(Map.of("TAVARI_PORT", "9090", "TAVARI_JAVA_OPTS", "-Xmx256m")));
        Path home = temp.resolve("home");

        assertThat(command).containsExactly(
                "/opt/jdk/bin/java", "-Xmx256m", "-XX:SharedArchiveFile=x.jsa",
                "-Dtavari.db.url=jdbc:postgresql://127.0.0.1:5555/tavari",
                "-Dtavari.db.user=tavari",
                "-Dtavari.home=" + home,
                "-jar", home.resolve("runtime/payara-micro.jar").toString(),
                "--deploy", home.resolve("runtime/tavari.war").toString(),
                "--port", "9090",
                "--rootDir", home.resolve("payara").toString(),
                "--nocluster",
                "--disablephonehome",
                "--systemproperties", home.resolve("run/secrets.properties").toString(),
                "--prebootcommandfile", home.resolve("run/preboot.asadmin").toString());
        assertThat(String.join(" ", command)).doesNotContain("pw");
    }

    @Test
    void theHttpWorkerPoolIsCappedBeforeBoot() throws Exception {
        Path file = PayaraServer.writePrebootCommands(new TavariHome(temp.resolve("home")));

        assertThat(java.nio.file.Files.readAllLines(file)).containsExactly(
                "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size="
                        + Math.max(16, 4 * Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void demoModeReachesTheApplicationAsASystemProperty() {
        assertThat(command(settings(Map.of()))).noneMatch(arg -> arg.startsWith("-Dtavari.demo"));
        assertThat(command(settings(Map.of("TAVARI_DEMO", "true")))).contains("-Dtavari.demo=true");
        assertThat(command(settings(Map.of()).withDemo())).contains("-Dtavari.demo=true");
    }

    @Test
    void clusteringOnlyWhenAsked() {
        assertThat(command(settings(Map.of("TAVARI_CLUSTER", "true")))).doesNotContain("--nocluster");
    }

    @Test
    void passwordGoesThroughAnOwnerOnlyFile() throws Exception {
        TavariHome home = new TavariHome(temp.resolve("home"));

        Path file = PayaraServer.writeSecretProperties(home,
                new DbConnection("jdbc:postgresql://db/tavari", "app", Optional.of("p=ss:w\u00f6rd")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(load(file).getProperty("tavari.db.password")).isEqualTo("p=ss:w\u00f6rd");

        Path noPassword = PayaraServer.writeSecretProperties(home,
                new DbConnection("jdbc:postgresql://db/tavari", "app", Optional.empty()));
        assertThat(load(noPassword).getProperty("tavari.db.password")).isEqualTo(PayaraServer.NO_PASSWORD).isNotEmpty();
    }

    private static Properties load(Path file) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
