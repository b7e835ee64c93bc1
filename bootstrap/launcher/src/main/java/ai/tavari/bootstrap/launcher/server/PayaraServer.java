package ai.tavari.bootstrap.launcher.server;

import ai.tavari.bootstrap.launcher.LauncherException;
import ai.tavari.bootstrap.launcher.Processes;
import ai.tavari.bootstrap.launcher.RuntimeFiles;
import ai.tavari.bootstrap.launcher.Settings;
import ai.tavari.bootstrap.launcher.TavariHome;
import ai.tavari.bootstrap.launcher.db.DbConnection;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * Payara Micro as a child JVM: {@code java -jar payara-micro.jar --deploy tavari.war --port N
 * --rootDir <home>/payara --nocluster}, run by the launcher's own {@code java}, sharing its console.
 */
public final class PayaraServer {
    /** Placeholder password for databases without one: MicroProfile Config treats an empty value as missing. */
    public static final String NO_PASSWORD = "unused";
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** Writing the class-data-sharing archive at exit takes a few seconds more. */
    private static final Duration STOP_GRACE_WHILE_ARCHIVING = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    /** What an anonymous request to the API answers once it is mounted. */
    private static final int API_UP = 401;

    private final Process process;
    private final int port;
    private final ClassDataSharing cds;
    private final Path secrets;

    static final String PREBOOT_COMMANDS = "preboot.asadmin";
    /** 16 on a machine of up to four cores, four per core above that. */
    public static final int HTTP_WORKER_THREADS = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());

    private PayaraServer(Process process, int port, ClassDataSharing cds, Path secrets) {
        this.process = process;
        this.port = port;
        this.cds = cds;
        this.secrets = secrets;
    }

    /** The command line of the child (without the database password, which goes through a file). */
    static List<String> command(Path java, Settings settings, TavariHome home, RuntimeFiles.Artifacts runtime,
                                DbConnection db, Path secretProperties, List<String> cdsOptions) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(settings.javaOptions());
        command.addAll(cdsOptions);
        command.add("-Dtavari.db.url=" + db.url());
        command.add("-Dtavari.db.user=" + db.user());
        command.add("-Dtavari.home=" + home.root());
        if (settings.demo()) {
            command.add("-Dtavari.demo=true");
        }
        command.addAll(List.of("-jar", runtime.payaraJar().toString(),
                "--deploy", runtime.war().toString(),
                "--port", Integer.toString(settings.port()),
                "--rootDir", home.payaraRoot().toString()));
        if (!settings.cluster()) {
            command.add("--nocluster");
        }
        command.addAll(List.of("--disablephonehome", "--systemproperties", secretProperties.toString()));
        command.addAll(List.of("--prebootcommandfile", home.runDir().resolve(PREBOOT_COMMANDS).toString()));
        return command;
    }

    /**
     * asadmin commands run before the server boots. The HTTP worker pool is capped at
     * {@link #HTTP_WORKER_THREADS} threads instead of Payara's 200: every media frame is a task
     * handed to that pool, and with a few hundred calls all 200 workers existed and queued on the
     * pool's one lock for their next task (BENCHMARKS.md: at 300 calls the server's CPU fell from
     * 92 % to 74 % of a core and the bridge's p99 from 24 ms to 9 ms). The work is short: the
     * API's database calls fit in the cap, and the requests that wait on Stripe answer
     * asynchronously from the managed executor (the web adapter's BillingResource).
     */
    static Path writePrebootCommands(TavariHome home) {
        Path file = home.runDir().resolve(PREBOOT_COMMANDS);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
                    + ".max-thread-pool-size=" + HTTP_WORKER_THREADS + "\n");
            return file;
        } catch (IOException e) {
            throw new LauncherException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The {@code java} that runs this launcher; the child uses the same. */
    public static Path javaExecutable() {
        return Path.of(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    public static PayaraServer start(Settings settings, TavariHome home, RuntimeFiles.Artifacts runtime, DbConnection db) {
        Path secrets = writeSecretProperties(home, db);
        writePrebootCommands(home);
        ClassDataSharing cds = ClassDataSharing.plan(settings, home);
        List<String> command = command(javaExecutable(), settings, home, runtime, db, secrets, cds.options());
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            return new PayaraServer(process, settings.port(), cds, secrets);
        } catch (IOException e) {
            throw new LauncherException("cannot start Payara Micro: " + e.getMessage(), e);
        }
    }

    /**
     * The database password as a system property of the child, through an owner-only file given to
     * {@code --systemproperties}: a {@code -D} option would show it to every local user in {@code ps}.
     */
    static Path writeSecretProperties(TavariHome home, DbConnection db) {
        Path file = home.runDir().resolve("secrets.properties");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties properties = new Properties();
            properties.setProperty("tavari.db.password", db.password().filter(p -> !p.isEmpty()).orElse(NO_PASSWORD));
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "written by the Tavari launcher at each start");
            }
            return file;
        } catch (IOException e) {
            throw new LauncherException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Polls {@code /health/ready} until it answers 200 and the API is mounted: readiness can pass
     * while the web module is still starting, when {@code /api} answers 404 or 503. An anonymous
     * {@code GET /api/auth/me} answering 401 shows the REST application and its filters are in place.
     *
     * @param stopping true once the launcher is being stopped: give up quietly
     * @return true when ready; false when stopping
     */
    public boolean awaitReady(Duration timeout, BooleanSupplier stopping) {
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        URI api = URI.create("http://127.0.0.1:" + port + "/api/auth/me");
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (stopping.getAsBoolean()) {
                return false;
            }
            if (!process.isAlive()) {
                if (stopping.getAsBoolean()) {
                    return false;
                }
                throw new LauncherException("Payara Micro exited during startup (exit code " + process.exitValue()
                        + "); see its output above");
            }
            lastStatus = status(ready);
            if (lastStatus == 200 && status(api) == API_UP) {
                deleteSecrets(); // read at boot; no need to keep the password on disk
                return true;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        throw new LauncherException("Tavari did not become ready within " + timeout.toSeconds() + " s ("
                + ready + (lastStatus > 0 ? " answered " + lastStatus : " did not answer") + "); set "
                + Settings.START_TIMEOUT + " to wait longer");
    }

    private static int status(URI uri) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            connection.setUseCaches(false);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** SIGTERM, up to 15 s to finish (60 s while writing the CDS archive), then SIGKILL. */
    public void stop() {
        if (Processes.stop(process.toHandle(), cds.dumping() ? STOP_GRACE_WHILE_ARCHIVING : STOP_GRACE)) {
            cds.childExitedCleanly();
        }
        deleteSecrets();
    }

    private void deleteSecrets() {
        try {
            Files.deleteIfExists(secrets);
        } catch (IOException e) {
            // owner-only anyway; rewritten at the next start
        }
    }
}
