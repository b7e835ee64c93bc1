package ai.tavari.bootstrap.launcher.db;

import ai.tavari.bootstrap.launcher.Console;
import ai.tavari.bootstrap.launcher.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code postmaster.pid} of a data directory and the server it names. */
public final class Postmaster {
    private Postmaster() {
    }

    /** The pid recorded in the data directory's {@code postmaster.pid}, if there is one. */
    public static OptionalLong recordedPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (!lines.isEmpty()) {
                return OptionalLong.of(Long.parseLong(lines.get(0).trim()));
            }
        } catch (IOException | NumberFormatException e) {
            // no file, or a torn one: nothing recorded
        }
        return OptionalLong.empty();
    }

    /** The running server of this data directory, if any. */
    public static Optional<ProcessHandle> running(Path dataDir) {
        OptionalLong pid = recordedPid(dataDir);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        String dir = dataDir.toString();
        return Processes.findLive(pid.getAsLong(), info -> isPostgres(info) && Processes.hasArgument(info, dir));
    }

    private static boolean isPostgres(ProcessHandle.Info info) {
        return info.command().map(c -> c.endsWith("/postgres") || c.contains("/postgres ")).orElse(false);
    }

    /**
     * Stops a server left running in {@code dataDir} by a launcher that was killed (zonky would
     * otherwise silently reuse it or fail to start). SIGTERM is PostgreSQL's "smart" shutdown; it
     * completes quickly once the old application server is gone. A server that does not stop is
     * killed; PostgreSQL recovers from its write-ahead log on the next start.
     *
     * @return true if a server was found and stopped
     */
    public static boolean stopLeftover(Path dataDir) {
        Optional<ProcessHandle> leftover = running(dataDir);
        if (leftover.isEmpty()) {
            return false;
        }
        ProcessHandle postmaster = leftover.get();
        Console.warn("stopping the PostgreSQL server (pid " + postmaster.pid()
                + ") left running by an earlier launcher");
        Processes.stop(postmaster, Duration.ofSeconds(20));
        return true;
    }
}
