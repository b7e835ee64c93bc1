package ai.tavari.bootstrap.launcher.e2e;

import ai.tavari.adapters.ai.openai.fake.FakeRealtimeOptions;
import ai.tavari.adapters.ai.openai.fake.FakeRealtimeServer;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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

    /** What the stub of OpenAI's text API answers to every call-summary request. */
    public static final String CALL_SUMMARY = "Caller asked about walk-ins and was told yes; the agent said goodbye.";

    /** The webhook secret the server is started with, for signing telephony events in tests. */
    public static final String VOXIMPLANT_WEBHOOK_SECRET = "e2e-voximplant-webhook-secret";

    private final LauncherProcess launcher;
    private final int port;
    private final Path home;
    private final FakeRealtimeServer openAi;

    private TavariServer(LauncherProcess launcher, int port, Path home, FakeRealtimeServer openAi) {
        this.launcher = launcher;
        this.port = port;
        this.home = home;
        this.openAi = openAi;
    }

    /** The protocol-faithful OpenAI Realtime fake the server talks to (its {@code OPENAI_REALTIME_URL}). */
    public FakeRealtimeServer openAi() {
        return openAi;
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
        FakeRealtimeServer openAi = FakeRealtimeServer.start();
        HttpServer textApi = startTextApiStub();
        LauncherProcess.Builder builder = LauncherProcess.builder("e2e-tavari").home(home).port(port)
                // no class-data-sharing archive for a throw-away home: it would only slow down the stop
                .env("TAVARI_JAVA_OPTS", "-Xmx768m -Xshare:auto")
                .env("OPENAI_API_KEY", openAi.apiKey())
                .env("OPENAI_REALTIME_URL", openAi.url().toString())
                .env("OPENAI_API_URL", "http://127.0.0.1:" + textApi.getAddress().getPort() + "/v1")
                .env("VOXIMPLANT_WEBHOOK_SECRET", VOXIMPLANT_WEBHOOK_SECRET);
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(ENV_PREFIX))
                .forEach(name -> builder.env(name.substring(ENV_PREFIX.length()), System.getProperty(name)));
        LauncherProcess launcher = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> textApi.stop(0), "tavari-e2e-text-api-stop"));
        // If the test JVM ends without closing the store (killed by a timeout), still stop Tavari cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "tavari-e2e-stop"));

        String expected = "Tavari is running at http://localhost:" + port + "/";
        if (!launcher.awaitOutput(expected, START_TIMEOUT)) {
            boolean exited = !launcher.process().isAlive();
            String tail = launcher.tail(60);
            launcher.close();
            openAi.close();
            throw new IllegalStateException("Tavari did not start: "
                    + (exited ? "the launcher exited with code " + launcher.process().exitValue()
                    : "no '" + expected + "' line within " + START_TIMEOUT.toSeconds() + " s")
                    + "; full output in " + launcher.outputFile() + "\n" + tail);
        }
        return new TavariServer(launcher, port, home, openAi);
    }

    /** Answers the Responses API's call-summary requests with {@link #CALL_SUMMARY}, in its JSON shape. */
    private static HttpServer startTextApiStub() {
        try {
            HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            stub.createContext("/v1/responses", exchange -> {
                exchange.getRequestBody().readAllBytes();
                boolean authorized = ("Bearer " + FakeRealtimeOptions.DEFAULT_API_KEY)
                        .equals(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = (authorized
                        ? "{\"id\":\"resp_e2e\",\"object\":\"response\",\"status\":\"completed\",\"output\":[{\"type\":"
                        + "\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\""
                        + CALL_SUMMARY + "\"}]}]}"
                        : "{\"error\":{\"message\":\"bad key\"}}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(authorized ? 200 : 401, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            stub.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the text API stub", e);
        }
    }

    /** Stops the launcher (SIGTERM) and deletes the temporary home; its log stays in target/e2e. */
    @Override
    public void close() {
        launcher.close();
        openAi.close();
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
