package ai.tavari.bootstrap.launcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.Settings;
import ai.tavari.bootstrap.launcher.TavariHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {
    @TempDir
    Path temp;

    private Settings settings(String javaOpts) {
        Properties system = new Properties();
        system.setProperty("user.home", temp.toString());
        return Settings.from(javaOpts == null ? Map.of() : Map.of("TAVARI_JAVA_OPTS", javaOpts), system);
    }

    @Test
    void writesTheArchiveOnceThenUsesItUntilSomethingChanges() throws Exception {
        TavariHome home = new TavariHome(temp.resolve("home"));
        Files.createDirectories(home.runtimeDir());
        Path archive = home.runtimeDir().resolve(ClassDataSharing.ARCHIVE);

        ClassDataSharing first = ClassDataSharing.plan(settings(null), home);
        assertThat(first.dumping()).isTrue();
        assertThat(first.options()).contains("-XX:ArchiveClassesAtExit=" + archive);

        Files.writeString(archive, "archive"); // what the JVM writes at exit
        first.childExitedCleanly();
        ClassDataSharing second = ClassDataSharing.plan(settings(null), home);
        assertThat(second.dumping()).isFalse();
        assertThat(second.options()).contains("-XX:SharedArchiveFile=" + archive);

        ClassDataSharing otherOptions = ClassDataSharing.plan(settings("-Xmx2g"), home);
        assertThat(otherOptions.dumping()).isTrue();
        assertThat(archive).doesNotExist();
    }

    @Test
    void anArchiveWithoutAStampIsNeverUsed() throws Exception {
        TavariHome home = new TavariHome(temp.resolve("home"));
        Files.createDirectories(home.runtimeDir());
        Files.writeString(home.runtimeDir().resolve(ClassDataSharing.ARCHIVE), "half written");

        assertThat(ClassDataSharing.plan(settings(null), home).dumping()).isTrue();
    }

    @Test
    void leavesTheUsersOwnCdsChoiceAlone() {
        TavariHome home = new TavariHome(temp.resolve("home"));

        ClassDataSharing plan = ClassDataSharing.plan(settings("-Xmx1g -Xshare:off"), home);

        assertThat(plan.options()).isEmpty();
        assertThat(plan.dumping()).isFalse();
    }
}
