package ai.tavari.bootstrap.launcher.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged launcher ({@code target/tavari.jar}, or the system property
 * {@code tavari.launcher.jar}) run as a separate process, with its output in files under
 * {@code target/e2e/} for diagnosis. Inherited {@code TAVARI_*} variables are removed so a
 * developer's own settings do not leak into tests.
 */
public final class LauncherProcess implements AutoCloseable {
    public static final String JAR_PROPERTY = "tavari.launcher.jar";

    private final Process process;
    private final Path output;
    private final Optional<Path> errors;

    private LauncherProcess(Process process, Path output, Optional<Path> errors) {
        this.process = process;
        this.output = output;
        this.errors = errors;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The launcher jar under test. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/tavari.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("launcher jar not found at " + jar
                    + "; run the integration tests with ./mvnw verify (the jar is built in the package phase)");
        }
        return jar;
    }

    /** Where test output and temporary homes go: {@code target/e2e}. */
    public static Path workDir() {
        Path dir = jar().getParent().resolve("e2e");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new, empty {@code TAVARI_HOME}. Readable by others like a normal home (temporary directories
     * are owner-only), so the embedded database can also run as an unprivileged user when the tests
     * run as root; the database files themselves stay owner-only.
     */
    public static Path newHome(String name) {
        try {
            Path home = Files.createTempDirectory(workDir(), name + "-home-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path javaExecutable() {
        return Path.of(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** The combined output (or only stdout when the streams were split). */
    public Path outputFile() {
        return output;
    }

    public String output() {
        return read(output);
    }

    /** Stderr, when the streams were split. */
    public String errors() {
        return errors.map(LauncherProcess::read).orElseThrow(() -> new IllegalStateException("streams not split"));
    }

    /** Waits until the output contains {@code text}; false if the process ended or time ran out first. */
    public boolean awaitOutput(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return output().contains(text);
            }
            sleep(100);
        }
        return false;
    }

    /** Waits for the exit code; fails if the process does not end in time. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("launcher still running after " + timeout.toSeconds() + " s\n" + tail(40));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** SIGTERM, then the exit code (SIGKILL for the whole tree if it does not stop within {@code timeout}). */
    public int terminate(Duration timeout) {
        process.destroy();
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        throw new AssertionError("launcher did not stop within " + timeout.toSeconds() + " s of SIGTERM\n" + tail(40));
    }

    /** SIGKILL to the launcher only, as a crash would: its children are left behind. */
    public void killLauncherOnly() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL to the launcher and everything it started. */
    public void kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    /** The last lines of the output, for failure messages. */
    public String tail(int lines) {
        StringBuilder text = new StringBuilder("--- last lines of ").append(output).append(" ---\n");
        List<String> all = Arrays.asList(output().split("\\R"));
        all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> text.append(l).append('\n'));
        errors.ifPresent(e -> text.append("--- ").append(e).append(" ---\n").append(read(e)));
        return text.toString();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                terminate(Duration.ofSeconds(60));
            } catch (AssertionError e) {
                kill();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How to start the launcher. */
    public static final class Builder {
        private final String name;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> arguments = new ArrayList<>();
        private boolean splitStreams;

        private Builder(String name) {
            this.name = name;
        }

        public Builder home(Path home) {
            return env("TAVARI_HOME", home.toString());
        }

        public Builder port(int port) {
            return env("TAVARI_PORT", Integer.toString(port));
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Builder arguments(String... args) {
            arguments.addAll(List.of(args));
            return this;
        }

        /** Stdout and stderr to separate files (to check what goes where). */
        public Builder splitStreams() {
            splitStreams = true;
            return this;
        }

        public LauncherProcess start() {
            List<String> command = new ArrayList<>(List.of(javaExecutable().toString(), "-jar", jar().toString()));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().keySet().removeIf(key -> key.startsWith("TAVARI_"));
            builder.environment().putAll(env);
            String stem = name + "-" + System.currentTimeMillis();
            Path output = workDir().resolve(stem + (splitStreams ? ".out.log" : ".log"));
            Optional<Path> errors = splitStreams ? Optional.of(workDir().resolve(stem + ".err.log")) : Optional.empty();
            builder.redirectOutput(output.toFile());
            if (errors.isPresent()) {
                builder.redirectError(errors.get().toFile());
            } else {
                builder.redirectErrorStream(true);
            }
            try {
                Process process = builder.start();
                process.getOutputStream().close();
                return new LauncherProcess(process, output, errors);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
