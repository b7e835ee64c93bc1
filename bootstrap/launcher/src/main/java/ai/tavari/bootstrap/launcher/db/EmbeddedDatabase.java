package ai.tavari.bootstrap.launcher.db;

import ai.tavari.bootstrap.launcher.Console;
import ai.tavari.bootstrap.launcher.LauncherException;
import ai.tavari.bootstrap.launcher.Processes;
import ai.tavari.bootstrap.launcher.RuntimeFiles;
import ai.tavari.bootstrap.launcher.Settings;
import ai.tavari.bootstrap.launcher.TavariHome;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL: data under {@code <home>/postgres/data}, kept across restarts, served on
 * a free port of 127.0.0.1 with password authentication, holding the database {@code tavari} owned
 * by the login role {@code tavari}.
 */
public final class EmbeddedDatabase {
    public static final String APP_DATABASE = "tavari";
    public static final String APP_USER = "tavari";
    private static final long MAX_LOG_BYTES = 10L * 1024 * 1024;
    private static final Duration HELPER_START_TIMEOUT = Duration.ofMinutes(3);
    // java.util.logging holds loggers weakly: keep the one whose level is changed.
    private static final Logger ZONKY_LOGGER = Logger.getLogger("io.zonky");

    /** A started embedded server. */
    public interface Server {
        int port();

        DbConnection appConnection();

        /** Stops the server cleanly (pg_ctl stop -m fast); does nothing the second time. */
        void stop();
    }

    private EmbeddedDatabase() {
    }

    /** Starts the embedded server (stopping one left running by a killed launcher first). */
    public static Server start(TavariHome home, Settings settings) {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new LauncherException("the embedded PostgreSQL is bundled for Linux x86-64 only, not " + os + " "
                    + arch + "; set " + Settings.DB_URL + " to use an external PostgreSQL");
        }
        Path dataDir = home.postgresData();
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        if (!fresh && !Files.exists(home.dbPasswordFile())) {
            throw new LauncherException("the database password file " + home.dbPasswordFile()
                    + " is missing; restore it, or move " + dataDir + " away to start with an empty database");
        }
        String password = DbPassword.loadOrCreate(home.dbPasswordFile());
        prepareLog(home);
        restrictToOwner(home.postgresDir());
        Postmaster.stopLeftover(dataDir);
        PostgresUser user = PostgresUser.choose(settings);
        Console.debug("embedded PostgreSQL runs " + switch (user.mode()) {
            case CURRENT_USER -> "as the current user";
            case USER_NAMESPACE -> "as root inside a user namespace (unshare -U)";
            case OS_USER -> "as the user " + user.osUser().orElseThrow().name();
        });
        if (fresh) {
            Console.info("creating the database in " + dataDir + " (first start)");
        }
        Server server = user.mode() == PostgresUser.Mode.OS_USER
                ? startAsOsUser(home, user.osUser().orElseThrow(), password, settings.debug())
                : startInProcess(home, password);
        try {
            ensureAppDatabase(server.port(), password);
        } catch (SQLException e) {
            server.stop();
            throw new LauncherException("cannot prepare the embedded database: " + Console.firstLine(e.getMessage()), e);
        }
        return server;
    }

    // ---------------------------------------------------------------- in the launcher's JVM

    private static Server startInProcess(TavariHome home, String password) {
        Path dataDir = home.postgresData();
        if (PostgresUser.currentUid() == 0) {
            // Files written by the helper mode belong to another user: give them back to root.
            Ownership.ensure(home.postgresDir(), 0, 0);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = ZonkyPostgres.start(dataDir, home.postgresBinaries(), password,
                    ProcessBuilder.Redirect.appendTo(home.postgresLog().toFile()));
        } catch (IOException | RuntimeException e) {
            Postmaster.stopLeftover(dataDir);
            throw startFailure(home, e);
        }
        return new InProcessServer(postgres, dataDir, password);
    }

    private static final class InProcessServer implements Server {
        private final EmbeddedPostgres postgres;
        private final Path dataDir;
        private final String password;
        private boolean stopped;

        InProcessServer(EmbeddedPostgres postgres, Path dataDir, String password) {
            this.postgres = postgres;
            this.dataDir = dataDir;
            this.password = password;
        }

        @Override
        public int port() {
            return postgres.getPort();
        }

        @Override
        public DbConnection appConnection() {
            return appConnectionOn(port(), password);
        }

        @Override
        public synchronized void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            if (Postmaster.running(dataDir).isEmpty()) {
                // Already gone (stopped by a signal to the whole process group): zonky would log
                // pg_ctl's failure to stop it as an error.
                ZONKY_LOGGER.setLevel(Level.OFF);
            }
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---------------------------------------------------------------- as an unprivileged user

    private static Server startAsOsUser(TavariHome home, PostgresUser.OsUser user, String password, boolean debug) {
        Path jar = RuntimeFiles.requireLauncherJar();
        Path java = Path.of(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        try {
            Files.createDirectories(home.postgresData());
            Files.createDirectories(home.postgresBinaries());
        } catch (IOException e) {
            throw new LauncherException("cannot create " + home.postgresDir() + ": " + e.getMessage(), e);
        }
        Ownership.ensure(home.postgresDir(), user.uid(), user.gid());
        for (Path needed : List.of(home.postgresDir(), jar, java)) {
            Ownership.requireReachable(needed, user);
        }

        List<String> command = new ArrayList<>(switchUser(user));
        command.addAll(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", jar.toString(), PostgresHelper.class.getName(),
                home.postgresData().toString(), home.postgresBinaries().toString(), debug ? "debug" : "quiet"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.postgresLog().toFile()))
                .redirectError(ProcessBuilder.Redirect.PIPE);
        Process helper;
        try {
            helper = builder.start();
            OutputStream stdin = helper.getOutputStream();
            stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new LauncherException("cannot start the database helper as user " + user.name() + ": " + e.getMessage(), e);
        }

        LinkedBlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(helper.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    lines.add(Optional.of(line));
                }
            } catch (IOException e) {
                // the helper is gone
            }
            lines.add(Optional.empty());
        }, "tavari-db-helper-reader");
        reader.setDaemon(true);
        reader.start();

        Deque<String> other = new ArrayDeque<>();
        long deadline = System.nanoTime() + HELPER_START_TIMEOUT.toNanos();
        try {
            while (true) {
                Optional<String> line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.isEmpty()) {
                    break;
                }
                String text = line.get();
                if (text.startsWith(PostgresHelper.READY)) {
                    int port = Integer.parseInt(text.substring(PostgresHelper.READY.length()).trim());
                    return new HelperServer(helper, home.postgresData(), port, password);
                }
                other.addLast(text.startsWith(PostgresHelper.FAILED)
                        ? text.substring(PostgresHelper.FAILED.length()).trim() : text);
                if (other.size() > 3) {
                    other.removeFirst();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Processes.stop(helper.toHandle(), Duration.ofSeconds(10));
        Postmaster.stopLeftover(home.postgresData());
        String reason = other.isEmpty() ? "no answer" : other.getLast();
        throw new LauncherException("the embedded PostgreSQL did not start as user " + user.name() + ": " + reason
                + "; see " + home.postgresLog());
    }

    private static List<String> switchUser(PostgresUser.OsUser user) {
        Optional<Path> setpriv = onPath("setpriv");
        if (setpriv.isPresent()) {
            return List.of(setpriv.get().toString(), "--reuid=" + user.uid(), "--regid=" + user.gid(),
                    "--clear-groups", "--");
        }
        Optional<Path> runuser = onPath("runuser");
        if (runuser.isPresent()) {
            return List.of(runuser.get().toString(), "-u", user.name(), "--");
        }
        throw new LauncherException("PostgreSQL cannot run as root and neither setpriv nor runuser (util-linux) "
                + "is installed to run it as " + user.name() + "; install util-linux, run the launcher as a normal "
                + "user, or set " + Settings.DB_URL);
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin:/usr/sbin:/sbin");
        return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static final class HelperServer implements Server {
        private final Process helper;
        private final Path dataDir;
        private final int port;
        private final String password;
        private boolean stopped;

        HelperServer(Process helper, Path dataDir, int port, String password) {
            this.helper = helper;
            this.dataDir = dataDir;
            this.port = port;
            this.password = password;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public DbConnection appConnection() {
            return appConnectionOn(port, password);
        }

        @Override
        public synchronized void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            try {
                helper.getOutputStream().close(); // end of input: the helper stops PostgreSQL and exits
            } catch (IOException e) {
                // already gone
            }
            if (!Processes.awaitExit(helper.toHandle(), Duration.ofSeconds(30))) {
                Processes.stop(helper.toHandle(), Duration.ofSeconds(10));
            }
            Postmaster.stopLeftover(dataDir);
        }
    }

    // ---------------------------------------------------------------- shared

    static DbConnection appConnectionOn(int port, String password) {
        return new DbConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + APP_DATABASE, APP_USER,
                Optional.of(password));
    }

    /** Creates the application's role and database on first start. */
    static void ensureAppDatabase(int port, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", ZonkyPostgres.SUPERUSER);
        login.setProperty("password", password);
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, login)) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", APP_USER)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                }
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", APP_DATABASE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + APP_DATABASE + " OWNER " + APP_USER);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * zonky makes its binaries directory writable by everyone (it expects a shared temp directory);
     * closing {@code <home>/postgres} to other users keeps anyone from swapping the binaries it runs.
     */
    private static void restrictToOwner(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new LauncherException("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void prepareLog(TavariHome home) {
        Path log = home.postgresLog();
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LauncherException("cannot prepare " + log + ": " + e.getMessage(), e);
        }
    }

    private static LauncherException startFailure(TavariHome home, Exception e) {
        String detail = lastErrorLine(home.postgresLog()).orElse(Console.firstLine(e.getMessage()));
        return new LauncherException("the embedded PostgreSQL did not start: " + detail + "; see " + home.postgresLog(), e);
    }

    /** The last line of a PostgreSQL log that reports an error. */
    static Optional<String> lastErrorLine(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("FATAL:") || l.contains("ERROR:") || l.contains("error:")
                            || l.contains("PANIC:"))
                    .reduce((first, second) -> second)
                    .map(String::strip);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** File ownership for the unprivileged-user mode. */
    static final class Ownership {
        private Ownership() {
        }

        /** Makes {@code dir} and everything in it owned by uid:gid if its top level is not already. */
        static void ensure(Path dir, int uid, int gid) {
            if (!Files.exists(dir)) {
                return;
            }
            try {
                boolean matches = true;
                for (Path p : List.of(dir, dir.resolve("data"), dir.resolve("binaries"))) {
                    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                            && ((Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS) != uid
                            || (Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS) != gid)) {
                        matches = false;
                    }
                }
                if (matches) {
                    return;
                }
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : (Iterable<Path>) all::iterator) {
                        Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                        Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new LauncherException("cannot give " + dir + " to uid " + uid + ": " + e.getMessage(), e);
            }
        }

        /** Fails clearly if {@code user} cannot reach {@code path} (search permission on every parent). */
        static void requireReachable(Path path, PostgresUser.OsUser user) {
            Path absolute = path.toAbsolutePath();
            for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
                if (!allows(dir, user, 1)) {
                    throw new LauncherException("the embedded PostgreSQL runs as the user " + user.name()
                            + " (PostgreSQL cannot run as root), who cannot reach " + absolute + " because of the "
                            + "permissions of " + dir + "; set " + Settings.HOME + " (and put the launcher jar and "
                            + "Java) in a directory other users can reach, such as /var/lib/tavari, run the launcher "
                            + "as a normal user, or set " + Settings.DB_URL);
                }
            }
        }

        /** Whether the user has the permission bit {@code bit} (1 = x, 4 = r) on {@code path}. */
        private static boolean allows(Path path, PostgresUser.OsUser user, int bit) {
            try {
                int mode = (Integer) Files.getAttribute(path, "unix:mode");
                int owner = (Integer) Files.getAttribute(path, "unix:uid");
                int group = (Integer) Files.getAttribute(path, "unix:gid");
                if (owner == user.uid()) {
                    return (mode & (bit << 6)) != 0;
                }
                if (group == user.gid()) {
                    return (mode & (bit << 3)) != 0;
                }
                return (mode & bit) != 0;
            } catch (IOException | UnsupportedOperationException e) {
                return true; // cannot tell: let the helper try and report what happens
            }
        }
    }
}
