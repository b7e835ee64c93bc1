package ai.tavari.bootstrap.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The layout of {@code TAVARI_HOME}:
 * <pre>
 * tavari.lock            held while a launcher uses this home
 * db.password            generated password of the embedded database (owner-only)
 * postgres/data/         embedded PostgreSQL data directory (survives restarts)
 * postgres/binaries/     unpacked PostgreSQL binaries
 * runtime/               payara-micro.jar and tavari.war, extracted from the launcher jar when changed
 * payara/                Payara Micro root directory (--rootDir)
 * logs/postgres.log      output of the embedded PostgreSQL
 * run/                   files describing the running instance (pids, ports, secrets for the child)
 * </pre>
 */
public record TavariHome(Path root) {

    public Path lockFile() {
        return root.resolve("tavari.lock");
    }

    public Path dbPasswordFile() {
        return root.resolve("db.password");
    }

    public Path postgresDir() {
        return root.resolve("postgres");
    }

    public Path postgresData() {
        return postgresDir().resolve("data");
    }

    public Path postgresBinaries() {
        return postgresDir().resolve("binaries");
    }

    public Path runtimeDir() {
        return root.resolve("runtime");
    }

    public Path payaraRoot() {
        return root.resolve("payara");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    public Path postgresLog() {
        return logsDir().resolve("postgres.log");
    }

    public Path runDir() {
        return root.resolve("run");
    }

    /** Pids and ports of the running instance; removed on a clean stop. */
    public Path stateFile() {
        return runDir().resolve("tavari.properties");
    }

    /** Creates the home directory and takes its lock, or explains that another launcher holds it. */
    public Lock lock() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new LauncherException("cannot create " + Settings.HOME + " " + root + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyRunning();
            }
            return new Lock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyRunning();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LauncherException("cannot lock " + lockFile() + ": " + e.getMessage(), e);
        } catch (LauncherException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private LauncherException alreadyRunning() {
        return new LauncherException("another Tavari launcher is already using " + root
                + "; stop it first or set " + Settings.HOME + " to another directory");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    /** The held lock of a home directory; released when the JVM exits at the latest. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
