package ai.tavari.bootstrap.launcher;

import ai.tavari.bootstrap.launcher.db.DbConnection;
import ai.tavari.bootstrap.launcher.db.Migrations;
import ai.tavari.bootstrap.launcher.server.PayaraServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code run}: database, migrations, then Payara Micro with the WAR; prints the URL once the
 * application is ready and stays until Ctrl-C / SIGTERM, or until the application server dies.
 */
final class RunCommand implements Command {
    static final String NAME = "run";
    /** The demo owner's login, as the application creates it (the end-to-end demo test logs in with these). */
    static final String DEMO_EMAIL = "demo@tavari.example";
    static final String DEMO_PASSWORD = "bella-demo-2026";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "start Tavari (database, migrations, application server) and wait";
    }

    @Override
    public int execute(Settings settings, List<String> arguments) {
        try (Startup startup = new Startup(settings)) {
            Lifecycle lifecycle = startup.lifecycle();
            TavariHome home = startup.home();
            Console.phase("launcher started");
            startup.lockHome();
            startup.stopLeftoverServer();
            ServerSocket reserved = lifecycle.start("the port reservation",
                    () -> Ports.reserve(settings.port()), socket -> socket::close);
            Path jar = RuntimeFiles.requireLauncherJar();
            CompletableFuture<RuntimeFiles.Artifacts> runtime =
                    CompletableFuture.supplyAsync(() -> RuntimeFiles.extractAll(jar, home));
            CompletableFuture.runAsync(Migrations::warmUp);
            Console.info("starting on port " + settings.port() + " (home " + home.root()
                    + (settings.embeddedDatabase() ? ", embedded PostgreSQL"
                    : ", database " + new DbConnection(settings.dbUrl().orElseThrow(), settings.dbUser(),
                    settings.dbPassword()).displayUrl())
                    + ")");

            DbConnection db = startup.database();
            Console.phase("database ready");
            Migrations.Outcome migrated = startup.migrate(db);
            Console.phase("migrations done");
            if (migrated.applied() > 0) {
                Console.info(migrated.describe());
            }
            RuntimeFiles.Artifacts artifacts = join(runtime);
            // Always a fresh Payara root directory: a reused one still lists the previous run's
            // deployment, which Payara deploys again beside --deploy and then unloads one of the two
            // at "/" right after start-up, leaving the API answering 404.
            RuntimeFiles.deleteRecursively(home.payaraRoot());
            Console.phase(artifacts.changed() ? "runtime files extracted" : "runtime files unchanged");

            PayaraServer payara = lifecycle.start("Payara Micro", () -> {
                reserved.close();
                PayaraServer server = PayaraServer.start(settings, home, artifacts, db);
                InstanceState.write(home.stateFile(), Map.of(
                        InstanceState.LAUNCHER_PID, Long.toString(ProcessHandle.current().pid()),
                        InstanceState.PAYARA_PID, Long.toString(server.pid()),
                        InstanceState.HTTP_PORT, Integer.toString(settings.port()),
                        InstanceState.DB_URL, db.displayUrl(),
                        InstanceState.DB_USER, db.user(),
                        InstanceState.DB_EMBEDDED, Boolean.toString(settings.embeddedDatabase())));
                return server;
            }, server -> () -> {
                server.stop();
                InstanceState.delete(home.stateFile());
            });

            Console.phase("Payara Micro started (pid " + payara.pid() + ")");
            if (!payara.awaitReady(settings.startTimeout(), lifecycle::stopping)) {
                return 0; // stopped by a signal while starting
            }
            Console.out("Tavari is running at http://localhost:" + settings.port() + "/");
            if (settings.demo()) {
                Console.out("Demo mode: log in as " + DEMO_EMAIL + " with password " + DEMO_PASSWORD
                        + " to see \"Bella Hair Studio (demo)\"");
            }

            int exit = waitFor(payara.process());
            if (stoppedBySignal(lifecycle)) {
                return 0;
            }
            Console.error("Payara Micro stopped unexpectedly (exit code " + exit + "); stopping", null);
            return exit == 0 ? 1 : exit;
        }
    }

    private static RuntimeFiles.Artifacts join(CompletableFuture<RuntimeFiles.Artifacts> runtime) {
        try {
            return runtime.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    /**
     * Ctrl-C reaches the whole process group, so the application server may exit a moment before
     * this JVM's shutdown hook starts: give the hook a moment to show up.
     */
    private static boolean stoppedBySignal(Lifecycle lifecycle) {
        for (int i = 0; i < 20 && !lifecycle.stopping(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return lifecycle.stopping();
    }
}
