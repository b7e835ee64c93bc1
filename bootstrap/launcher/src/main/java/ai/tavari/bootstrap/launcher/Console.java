package ai.tavari.bootstrap.launcher;

import java.io.PrintStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The launcher's console: a few short {@code tavari: } lines and the "running at" line on stdout;
 * errors and warnings (one line each) on stderr. Library logging (zonky through SLF4J, Flyway, the JDBC driver) goes through
 * java.util.logging and is shown only from WARNING up, one line each, unless debugging.
 */
public final class Console {
    private static final String PREFIX = "tavari: ";
    private static final long STARTED = System.nanoTime();
    private static volatile boolean debug;
    // java.util.logging holds loggers weakly: keep the ones whose level is set.
    private static final Logger DRIVER_LOGGER = Logger.getLogger("org.postgresql");
    private static final Logger JDK_NET_LOGGER = Logger.getLogger("sun.net");

    private Console() {
    }

    /** Configures java.util.logging to stderr; call before any library class logs. */
    public static void configure(boolean debugEnabled) {
        configure(debugEnabled, new ConsoleHandler(), debugEnabled ? Level.FINE : Level.WARNING);
    }

    /** Configures java.util.logging with the given handler and level (the database helper logs everything to its log). */
    public static void configure(boolean debugEnabled, Handler handler, Level level) {
        debug = debugEnabled;
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        handler.setFormatter(new OneLineFormatter());
        handler.setLevel(level);
        root.setLevel(level);
        root.addHandler(handler);
        // The driver is chatty at FINE even when debugging the launcher.
        DRIVER_LOGGER.setLevel(debugEnabled ? Level.INFO : Level.WARNING);
        JDK_NET_LOGGER.setLevel(Level.INFO);
    }

    public static boolean debug() {
        return debug;
    }

    /** A line for the user on stdout. */
    public static void out(String line) {
        PrintStream out = System.out;
        out.println(line);
        out.flush();
    }

    /** A {@code tavari: } progress line on stdout. */
    public static void info(String message) {
        out(PREFIX + message);
    }

    /** A {@code tavari: } warning line on stderr. */
    public static void warn(String message) {
        System.err.println(PREFIX + message);
        System.err.flush();
    }

    /** A {@code tavari: } line on stderr, shown only with {@code TAVARI_DEBUG=true}. */
    public static void debug(String message) {
        if (debug) {
            warn(message);
        }
    }

    /** With {@code TAVARI_DEBUG=true}: a line with the time since the launcher started, to see where startup time goes. */
    public static void phase(String message) {
        if (debug) {
            warn("[+" + (System.nanoTime() - STARTED) / 1_000_000 + " ms] " + message);
        }
    }

    /** The first line of a possibly multi-line message. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    /** One error line on stderr; the stack trace too when debugging. */
    public static void error(String message, Throwable cause) {
        System.err.println(PREFIX + firstLine(message));
        if (debug && cause != null) {
            cause.printStackTrace(System.err);
        }
        System.err.flush();
    }

    private static final class OneLineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(PREFIX);
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            line.append('[').append(logger.substring(logger.lastIndexOf('.') + 1)).append("] ");
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                line.append(record.getLevel().getName().toLowerCase(java.util.Locale.ROOT)).append(": ");
            }
            line.append(formatMessage(record).replace('\n', ' '));
            Throwable thrown = record.getThrown();
            if (thrown != null) {
                if (debug) {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    thrown.printStackTrace(new java.io.PrintWriter(trace));
                    line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
                } else {
                    line.append(": ").append(String.valueOf(thrown.getMessage()).replace('\n', ' '));
                }
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
