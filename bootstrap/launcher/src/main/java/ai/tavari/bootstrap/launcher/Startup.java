package ai.tavari.bootstrap.launcher;

import ai.tavari.bootstrap.launcher.db.DbConnection;
import ai.tavari.bootstrap.launcher.db.EmbeddedDatabase;
import ai.tavari.bootstrap.launcher.db.Migrations;
import java.time.Duration;

/**
 * What the commands share: the home directory and its lock, the database (embedded or external),
 * migrations, and a JVM shutdown hook that stops whatever was started, newest first.
 */
final class Startup implements AutoCloseable {
    private final Settings settings;
    private final TavariHome home;
    private final Lifecycle lifecycle = new Lifecycle();
    private final Thread shutdownHook;

    Startup(Settings settings) {
        this.settings = settings;
        this.home = new TavariHome(settings.home());
        this.shutdownHook = new Thread(lifecycle::stopAll, "tavari-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    Settings settings() {
        return settings;
    }

    TavariHome home() {
        return home;
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Takes {@code <home>/tavari.lock}: one launcher per home directory. */
    void lockHome() {
        lifecycle.start("the lock of " + home.root(), home::lock, lock -> lock::close);
    }

    /** Stops an application server left running by a launcher that was killed (it holds the port and the database). */
    void stopLeftoverServer() {
        String rootDir = home.payaraRoot().toString();
        InstanceState.pid(InstanceState.read(home.stateFile()), InstanceState.PAYARA_PID).ifPresent(pid ->
                Processes.findLive(pid, info -> Processes.hasArgument(info, rootDir)).ifPresent(leftover -> {
                    Console.warn("stopping the application server (pid " + leftover.pid()
                            + ") left running by an earlier launcher");
                    Processes.stop(leftover, Duration.ofSeconds(15));
                }));
        InstanceState.delete(home.stateFile());
    }

    /** Starts the embedded database, or checks that the external one answers. */
    DbConnection database() {
        if (settings.embeddedDatabase()) {
            EmbeddedDatabase.Server server = lifecycle.start("PostgreSQL",
                    () -> EmbeddedDatabase.start(home, settings), s -> s::stop);
            return server.appConnection();
        }
        DbConnection db = new DbConnection(settings.dbUrl().orElseThrow(), settings.dbUser(), settings.dbPassword());
        Migrations.checkReachable(db);
        return db;
    }

    Migrations.Outcome migrate(DbConnection db) {
        return lifecycle.start("the migrations", () -> Migrations.migrate(db), outcome -> () -> { });
    }

    @Override
    public void close() {
        lifecycle.stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down
        }
    }
}
