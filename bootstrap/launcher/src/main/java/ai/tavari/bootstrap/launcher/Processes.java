package ai.tavari.bootstrap.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** Stopping child processes and processes left behind by a launcher that was killed. */
public final class Processes {
    private Processes() {
    }

    /**
     * Asks the process to stop (SIGTERM), waits up to {@code grace}, then kills it and what it
     * started (SIGKILL).
     *
     * @return true if it stopped within the grace period
     */
    public static boolean stop(ProcessHandle process, Duration grace) {
        if (!isRunning(process)) {
            return true;
        }
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
        return false;
    }

    /** Waits for the process to end (polling: works the same for children and for strangers). */
    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(process);
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie. A process whose parent died is reaped by init, which in some
     * containers takes seconds; until then {@link ProcessHandle#isAlive()} still says true.
     */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    /** The live process with this pid, if its command line satisfies {@code isOurs}. */
    public static Optional<ProcessHandle> findLive(long pid, Predicate<ProcessHandle.Info> isOurs) {
        return ProcessHandle.of(pid)
                .filter(Processes::isRunning)
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> isOurs.test(p.info()));
    }

    /** True if the process was started with {@code argument} as one of its arguments. */
    public static boolean hasArgument(ProcessHandle.Info info, String argument) {
        return info.arguments()
                .map(args -> Arrays.stream(args).anyMatch(argument::equals))
                .orElse(false);
    }
}
