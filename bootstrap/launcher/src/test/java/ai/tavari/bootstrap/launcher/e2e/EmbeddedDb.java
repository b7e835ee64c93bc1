package ai.tavari.bootstrap.launcher.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;

/** Test access to the embedded database and processes of a running launcher, through its home directory. */
final class EmbeddedDb {
    private EmbeddedDb() {
    }

    static Properties state(Path home) {
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("run/tavari.properties"))) {
            state.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

    static String url(Path home) {
        return state(home).getProperty("db.url");
    }

    static String password(Path home) {
        try {
            return Files.readString(home.resolve("db.password"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection as the application's role, as Payara has it. */
    static Connection connect(Path home) throws SQLException {
        Properties state = state(home);
        return DriverManager.getConnection(state.getProperty("db.url"), state.getProperty("db.user"), password(home));
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static OptionalLong postmasterPid(Path home) {
        Path pidFile = home.resolve("postgres/data/postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static long payaraPid(Path home) {
        return Long.parseLong(state(home).getProperty("payara.pid"));
    }

    /** Alive and not a zombie waiting for init to reap it. */
    static boolean running(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() && !zombie(pid);
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Waits up to {@code timeout} for the process to be gone; true if it is. */
    static boolean awaitGone(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running(pid) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return !running(pid);
    }

    /** Processes whose command line mentions {@code path} (PostgreSQL and Payara of a home). */
    static List<ProcessHandle> processesMentioning(Path path) {
        String text = path.toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> running(p.pid()))
                .filter(p -> p.info().commandLine().map(c -> c.contains(text)).orElse(false))
                .toList();
    }
}
