package ai.tavari.bootstrap.launcher.db;

import ai.tavari.bootstrap.launcher.LauncherException;
import ai.tavari.bootstrap.launcher.Settings;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Which OS user the embedded PostgreSQL runs as. PostgreSQL refuses to run as root, so:
 * <ul>
 * <li>not root: as the launcher's user, directly;</li>
 * <li>root, user namespaces available: zonky's own handling ({@code unshare -U}, see
 *     {@link ZonkyPostgres}), in the launcher's JVM;</li>
 * <li>root without user namespaces, or {@code TAVARI_DB_OS_USER} set: as that unprivileged user
 *     (default {@code nobody}), through a small helper JVM started with {@code setpriv}, owning
 *     {@code <home>/postgres}.</li>
 * </ul>
 */
public record PostgresUser(Mode mode, Optional<OsUser> osUser) {

    public enum Mode {
        CURRENT_USER, USER_NAMESPACE, OS_USER
    }

    /** An unprivileged account to run the server as. */
    public record OsUser(String name, int uid, int gid) {
    }

    public static final String DEFAULT_OS_USER = "nobody";

    public static PostgresUser choose(Settings settings) {
        if (currentUid() != 0) {
            return new PostgresUser(Mode.CURRENT_USER, Optional.empty());
        }
        if (settings.dbOsUser().isEmpty() && LinuxUtils.isUnshareAvailable()) {
            return new PostgresUser(Mode.USER_NAMESPACE, Optional.empty());
        }
        String name = settings.dbOsUser().orElse(DEFAULT_OS_USER);
        return new PostgresUser(Mode.OS_USER, Optional.of(lookup(name)));
    }

    /** The effective uid of this JVM (the owner of /proc/self), or -1 if unknown. */
    public static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name")) ? 0 : -1;
        }
    }

    static OsUser lookup(String name) {
        int uid = idOf(name, "-u");
        int gid = idOf(name, "-g");
        if (uid == 0) {
            throw new LauncherException(Settings.DB_OS_USER + " must name an unprivileged user, not '" + name + "'");
        }
        return new OsUser(name, uid, gid);
    }

    private static int idOf(String name, String option) {
        try {
            Process id = new ProcessBuilder("id", option, "--", name).redirectErrorStream(true).start();
            String output;
            try (InputStream in = id.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0) {
                return Integer.parseInt(output);
            }
        } catch (IOException | NumberFormatException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new LauncherException("PostgreSQL cannot run as root, so the embedded database runs as the user '"
                + name + "', but there is no such user; create it, set " + Settings.DB_OS_USER
                + " to another unprivileged user, run the launcher as a normal user, or set " + Settings.DB_URL);
    }
}
