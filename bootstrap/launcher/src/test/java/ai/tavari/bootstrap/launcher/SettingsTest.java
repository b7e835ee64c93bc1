package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Properties props(String... keyValues) {
        Properties properties = new Properties();
        properties.setProperty("user.home", "/home/owner");
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    @Test
    void defaults() {
        Settings settings = Settings.from(Map.of(), props());

        assertThat(settings.home()).isEqualTo(Path.of("/home/owner/.tavari"));
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.dbUser()).isEqualTo("tavari");
        assertThat(settings.dbPassword()).isEmpty();
        assertThat(settings.cluster()).isFalse();
        assertThat(settings.javaOptions()).containsExactly("-Xmx1g", "-XX:+ExitOnOutOfMemoryError");
        assertThat(settings.debug()).isFalse();
        assertThat(settings.dbOsUser()).isEmpty();
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(settings.demo()).isFalse();
    }

    @Test
    void demoModeFromTheEnvironmentOrTheOption() {
        assertThat(Settings.from(Map.of("TAVARI_DEMO", "true"), props()).demo()).isTrue();
        assertThat(Settings.from(Map.of("TAVARI_DEMO", "false"), props()).withDemo().demo()).isTrue();
        assertThatThrownBy(() -> Settings.from(Map.of("TAVARI_DEMO", "yes"), props()))
                .hasMessage("TAVARI_DEMO must be true or false, not 'yes'");
    }

    @Test
    void readsEnvironmentVariables() {
        Settings settings = Settings.from(Map.of(
                "TAVARI_HOME", "/srv/tavari",
                "TAVARI_PORT", "9090",
                "TAVARI_DB_URL", "jdbc:postgresql://db:5432/tavari",
                "TAVARI_DB_USER", "app",
                "TAVARI_DB_PASSWORD", " s3cret ",
                "TAVARI_CLUSTER", "TRUE",
                "TAVARI_JAVA_OPTS", "  -Xmx2g   -Dx=y ",
                "TAVARI_DEBUG", "true",
                "TAVARI_START_TIMEOUT", "30"), props());

        assertThat(settings.home()).isEqualTo(Path.of("/srv/tavari"));
        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.dbUrl()).contains("jdbc:postgresql://db:5432/tavari");
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.dbUser()).isEqualTo("app");
        assertThat(settings.dbPassword()).contains(" s3cret ");
        assertThat(settings.cluster()).isTrue();
        assertThat(settings.javaOptions()).containsExactly("-Xmx2g", "-Dx=y");
        assertThat(settings.debug()).isTrue();
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void systemPropertiesWinOverEnvironmentAndEmptyMeansUnset() {
        Settings settings = Settings.from(
                Map.of("TAVARI_PORT", "9090", "TAVARI_DB_URL", "", "TAVARI_HOME", "/env/home"),
                props("TAVARI_PORT", "7070", "TAVARI_HOME", ""));

        assertThat(settings.port()).isEqualTo(7070);
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.home()).isEqualTo(Path.of("/env/home"));
    }

    @Test
    void relativeHomeBecomesAbsolute() {
        Settings settings = Settings.from(Map.of("TAVARI_HOME", "data/../tavari-home"), props());

        assertThat(settings.home()).isAbsolute().isEqualTo(Path.of("tavari-home").toAbsolutePath());
    }

    @Test
    void rejectsInvalidValuesWithOneLineMessages() {
        for (String port : List.of("http", "0", "65536", "-1")) {
            assertThatThrownBy(() -> Settings.from(Map.of("TAVARI_PORT", port), props()))
                    .isInstanceOf(LauncherException.class)
                    .hasMessage("TAVARI_PORT must be a port number between 1 and 65535, not '" + port + "'");
        }
        assertThatThrownBy(() -> Settings.from(Map.of("TAVARI_CLUSTER", "yes"), props()))
                .hasMessage("TAVARI_CLUSTER must be true or false, not 'yes'");
        assertThatThrownBy(() -> Settings.from(Map.of("TAVARI_DB_URL", "postgres://db/tavari"), props()))
                .hasMessageStartingWith("TAVARI_DB_URL must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> Settings.from(Map.of("TAVARI_START_TIMEOUT", "soon"), props()))
                .hasMessage("TAVARI_START_TIMEOUT must be a positive number of seconds, not 'soon'");
    }

    @Test
    void toStringDoesNotShowThePassword() {
        Settings settings = Settings.from(Map.of("TAVARI_DB_PASSWORD", "hunter2"), props());

        assertThat(settings.toString()).doesNotContain("hunter2").contains("dbPassword=(set)");
    }
}
