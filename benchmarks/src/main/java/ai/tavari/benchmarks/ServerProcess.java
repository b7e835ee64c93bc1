package ai.tavari.benchmarks;

import ai.tavari.benchmarks.measure.ProcStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own process: the real launcher jar (embedded PostgreSQL, Payara Micro
 * as a child JVM) or the reference relay. Output goes to a log file; {@link #close} stops it with
 * SIGTERM (SIGKILL for whatever is left after a minute).
 */
public final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final Path home;
    private final long startedNanos;
    private long readyNanos;

    private ServerProcess(String name, Process process, Path log, int port, Path home, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.home = home;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java -jar launcherJar} with a clean {@code TAVARI_*} environment plus {@code env}. */
    public static ServerProcess launcher(Path launcherJar, Path home, int port, Map<String, String> env, Path log) {
        List<String> command = List.of(java(), "-jar", launcherJar.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("TAVARI_") || key.startsWith("OPENAI_")
                || key.startsWith("VOXIMPLANT_") || key.startsWith("STRIPE_"));
        builder.environment().put("TAVARI_HOME", home.toString());
        builder.environment().put("TAVARI_PORT", Integer.toString(port));
        builder.environment().putAll(env);
        return start("tavari", builder, log, port, home);
    }

    /** Starts the reference relay from this jar with {@code jvmOptions}. */
    public static ServerProcess relay(List<String> jvmOptions, int port, URI openAi, String apiKey, String secret, Path log) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ownJar(), "ai.tavari.benchmarks.relay.ReferenceRelay", Integer.toString(port),
                openAi.toString(), apiKey, secret));
        return start("relay", new ProcessBuilder(command), log, port, null);
    }

    private static ServerProcess start(String name, ProcessBuilder builder, Path log, int port, Path home) {
        builder.redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        try {
            long started = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            ServerProcess server = new ServerProcess(name, process, log, port, home, started);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, name + "-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for {@code line} in the output; returns the time from process start to it. */
    public Duration awaitOutput(String line, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String output = output();
            if (output.contains(line)) {
                if (readyNanos == 0) {
                    readyNanos = System.nanoTime();
                }
                return Duration.ofNanos(readyNanos - startedNanos);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " did not print '" + line + "' within " + timeout + ":\n" + tail());
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path home() {
        return home;
    }

    /** The process that serves calls: Payara Micro for the launcher, the relay itself otherwise. */
    public long serverPid() {
        if (home == null) {
            return process.pid();
        }
        return Long.parseLong(state().getProperty("payara.pid"));
    }

    /** PostgreSQL's processes (the postmaster and its backends); empty for the relay. */
    public List<Long> databasePids() {
        if (home == null) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(home.resolve("postgres/data/postmaster.pid"));
            return ProcStats.tree(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    public Connection database() throws SQLException {
        Properties state = state();
        try {
            String password = Files.readString(home.resolve("db.password"), StandardCharsets.UTF_8).strip();
            return DriverManager.getConnection(state.getProperty("db.url"), state.getProperty("db.user"), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties state() {
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("run/tavari.properties"))) {
            state.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        String[] lines = output().split("\\R");
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : tree) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This jar, or (run from the build's classes, as the smoke test is) this JVM's class path. */
    static String ownJar() {
        try {
            Path location = Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.toString() : System.getProperty("java.class.path");
        } catch (Exception e) {
            return System.getProperty("java.class.path");
        }
    }
}
