package ai.tavari.bootstrap.launcher.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import java.nio.file.LinkOption;

/**
 * Starts PostgreSQL with zonky's {@link EmbeddedPostgres}, configured for keeping data rather than
 * for throw-away tests. Used in the launcher's JVM and in the database helper JVM alike.
 *
 * <p>Running as root: PostgreSQL refuses to run as root. zonky 2.2.2 handles this itself when the
 * JVM runs as uid 0 and {@code unshare -U id -u} works and prints a non-zero uid: it then prefixes
 * every command it runs (initdb, {@code pg_ctl start}, {@code pg_ctl stop}) with {@code unshare -U},
 * so PostgreSQL runs in a new user namespace without a uid mapping, where it sees itself as the
 * overflow uid 65534 and its files (owned by root outside) as owned by 65534 too, so its
 * "not root" and "data directory owner" checks pass; outside, it is still root, and pg_ctl can
 * signal it from another such namespace. See {@code io.zonky.test.db.postgres.util.LinuxUtils} and
 * {@code EmbeddedPostgres.Command#applyTo}. Where user namespaces are not allowed (for example a
 * Docker container with the default seccomp profile) the launcher runs this class in a helper JVM
 * as an unprivileged user instead; see {@link PostgresUser}.
 */
public final class ZonkyPostgres {
    /** zonky keeps its working directory (and cleans stale data directories in it) here. */
    private static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";
    public static final String SUPERUSER = "postgres";

    private ZonkyPostgres() {
    }

    /**
     * zonky marks fully unpacked binaries with a {@code .exists} file. A launcher stopped while
     * unpacking leaves a directory without it, and zonky cannot unpack over that (it fails on the
     * dangling symbolic links it left): remove such directories first.
     */
    static void deleteIncompleteBinaries(Path binariesDir) throws IOException {
        try (Stream<Path> dirs = Files.list(binariesDir)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                if (dir.getFileName().toString().startsWith("PG-") && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(dir.resolve(".exists"))) {
                    deleteRecursively(dir);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Starts the server on a free port of 127.0.0.1, running initdb first if {@code dataDir} holds
     * no cluster yet.
     *
     * @param output where the server's and the tools' output goes
     */
    public static EmbeddedPostgres start(Path dataDir, Path binariesDir, String password,
                                         ProcessBuilder.Redirect output) throws IOException {
        Files.createDirectories(binariesDir);
        deleteIncompleteBinaries(binariesDir);
        // zonky deletes unlocked directories it finds in its working directory after ten minutes.
        // Point it at our binaries directory (never at the data directory's parent), not at the shared temp directory.
        System.setProperty(WORKING_DIR_PROPERTY, binariesDir.toString());
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binariesDir.toFile())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(output)
                .setErrorRedirector(output)
                .setConnectConfig("password", password)
                // zonky turns durability off for tests (-F and synchronous_commit=off): turn it back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // TCP only: no socket file in the temp directory to collide with, or to reach the server without a password.
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC");
        Path passwordFile = null;
        if (fresh) {
            // zonky passes its "locale config" to initdb as --key=value options; use that to set the
            // superuser password, password authentication over TCP, and a locale independent of the host.
            passwordFile = Files.createTempFile(binariesDir, "initdb", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            builder.setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8");
        }
        try {
            return builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
    }
}
