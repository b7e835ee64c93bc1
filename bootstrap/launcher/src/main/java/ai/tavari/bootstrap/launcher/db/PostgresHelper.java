package ai.tavari.bootstrap.launcher.db;

import ai.tavari.bootstrap.launcher.Console;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Runs the embedded PostgreSQL as an unprivileged user when the launcher runs as root where user
 * namespaces are not available. Started by the launcher through {@code setpriv}; reads the
 * password from the first line of stdin, answers {@code READY <port>} (or {@code FAILED <reason>})
 * on stderr, logs to stdout (the PostgreSQL log), and stops the server cleanly when stdin ends:
 * when the launcher stops it, and also when the launcher dies, so no server is left behind.
 */
public final class PostgresHelper {
    static final String READY = "READY ";
    static final String FAILED = "FAILED ";

    private PostgresHelper() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println(FAILED + "usage: PostgresHelper <data dir> <binaries dir> [debug]");
            System.exit(2);
        }
        boolean debug = args.length > 2 && "debug".equals(args[2]);
        Console.configure(debug, new FlushingHandler(), debug ? Level.FINE : Level.INFO);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = stdin.readLine();
        if (password == null || password.isEmpty()) {
            System.err.println(FAILED + "no password on stdin");
            System.exit(2);
        }

        EmbeddedPostgres postgres;
        try {
            postgres = ZonkyPostgres.start(Path.of(args[0]), Path.of(args[1]), password,
                    ProcessBuilder.Redirect.INHERIT);
        } catch (IOException | RuntimeException | Error e) {
            e.printStackTrace(System.out);
            Throwable reason = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
            System.err.println(FAILED + String.valueOf(reason).replace('\n', ' '));
            System.exit(1);
            return;
        }
        Thread stopper = new Thread(() -> close(postgres), "tavari-db-helper-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        System.err.println(READY + postgres.getPort());
        System.err.flush();

        while (stdin.read() >= 0) {
            // wait for the launcher to close our stdin (or to die)
        }
        close(postgres);
        System.exit(0);
    }

    private static synchronized void close(EmbeddedPostgres postgres) {
        try {
            postgres.close(); // idempotent: zonky remembers it was closed
        } catch (IOException e) {
            e.printStackTrace(System.out);
        }
    }

    private static final class FlushingHandler extends StreamHandler {
        FlushingHandler() {
            super(System.out, new java.util.logging.SimpleFormatter());
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }
    }
}
