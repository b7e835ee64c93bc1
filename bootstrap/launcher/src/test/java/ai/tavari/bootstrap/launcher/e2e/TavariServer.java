package ai.tavari.bootstrap.launcher.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A running Tavari started from the real launcher jar: free port, temporary {@code TAVARI_HOME}
 * under {@code target/e2e/}, embedded PostgreSQL. Obtain it through {@link RunningTavari}.
 */
public final class TavariServer implements AutoCloseable {
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("tavari.e2e.start-timeout-seconds", 240));
    private static final String ENV_PREFIX = "tavari.e2e.env.";

    private final LauncherProcess launcher;
    private final int port;
    private final Path home;

    private TavariServer(LauncherProcess launcher, int port, Path home) {
        this.launcher = launcher;
        this.port = port;
        this.home = home;
    }

    /** {@code http://localhost:<port>/}, with the trailing slash: resolve paths such as {@code api/auth/login} against it. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    public int port() {
        return port;
    }

    /** The server's {@code TAVARI_HOME} (embedded database, logs). */
    public Path home() {
        return home;
    }

    /** The launcher's and Payara's console output. */
    public Path logFile() {
        return launcher.outputFile();
    }

    public long launcherPid() {
        return launcher.pid();
    }

    /**
     * Starts the launcher and waits for its "running" line. System properties
     * {@code tavari.e2e.env.NAME=value} become environment variables of the server (for example
     * {@code -Dtavari.e2e.env.OPENAI_API_KEY=…}).
     */
    static TavariServer start() {
        int port = LauncherProcess.freePort();
        Path home = LauncherProcess.newHome("e2e");
        LauncherProcess.Builder builder = LauncherProcess.builder("e2e-tavari").home(home).port(port)
                // no class-data-sharing archive for a throw-away home: it would only slow down the stop
                .env("TAVARI_JAVA_OPTS", "-Xmx768m -Xshare:auto");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(ENV_PREFIX))
                .forEach(name -> builder.env(name.substring(ENV_PREFIX.length()), System.getProperty(name)));
        LauncherProcess launcher = builder.start();
        // If the test JVM ends without closing the store (killed by a timeout), still stop Tavari cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "tavari-e2e-stop"));

        String expected = "Tavari is running at http://localhost:" + port + "/";
        if (!launcher.awaitOutput(expected, START_TIMEOUT)) {
            boolean exited = !launcher.process().isAlive();
            String tail = launcher.tail(60);
            launcher.close();
            throw new IllegalStateException("Tavari did not start: "
                    + (exited ? "the launcher exited with code " + launcher.process().exitValue()
                    : "no '" + expected + "' line within " + START_TIMEOUT.toSeconds() + " s")
                    + "; full output in " + launcher.outputFile() + "\n" + tail);
        }
        return new TavariServer(launcher, port, home);
    }

    /** Stops the launcher (SIGTERM) and deletes the temporary home; its log stays in target/e2e. */
    @Override
    public void close() {
        launcher.close();
        deleteRecursively(home);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: it lives under target/
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }

    @Override
    public String toString() {
        return "TavariServer[" + baseUri() + ", home=" + home + "]";
    }
}
